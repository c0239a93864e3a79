using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pactum.Domain.Notices;
using Pactum.Domain.Webhooks;
using Pactum.Server;
using Pactum.Server.Infrastructure;

namespace Pactum.Cli.Verbs;

/// <summary><c>pactum serve</c>: runs the web app and API.</summary>
public static class ServeVerb
{
    public static Command Create(CliConsole console)
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var db = new Option<string>("--db") { Description = "The SQLite database file (default: pactum.db in the data folder, PACTUM_DATA)." };
        var demo = new Option<bool>("--demo") { Description = "Load the demo company (Company X's agreements and lead history)." };
        var secrets = new Option<string[]>("--webhook-secret")
        {
            Description = "A secret (whsec_…) inbound webhooks are signed with; repeat it while rotating (also PACTUM_WEBHOOK_SECRETS, comma-separated).",
            AllowMultipleArgumentsPerToken = false,
        };
        var settings = new Option<string>("--settings")
        {
            Description = "A settings file (YAML) naming the webhook endpoints and SMTP server notices go to (also PACTUM_SETTINGS); see docs/notices.md.",
        };
        var address = new ServeAddressOptions();
        var command = new Command("serve", "Run the Pactum web app and API.") { urls, address.PublicUrl, address.AllowedHosts, db, demo, secrets, settings };
        command.SetAction(parse =>
        {
            var secretTexts = (parse.GetValue(secrets) ?? [])
                .Concat((Environment.GetEnvironmentVariable("PACTUM_WEBHOOK_SECRETS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList();
            var (publicUrl, allowedHosts, addressErrors) = address.Read(parse);
            var errors = secretTexts.Select((text, i) => WebhookSecret.TryParse(text, out _, out var error) ? null : $"webhook secret {i + 1}: {error}").OfType<string>().Concat(addressErrors).ToList();
            if (errors.Count > 0)
            {
                return console.Fail(errors);
            }

            var notices = NoticeSettings.None;
            if ((parse.GetValue(settings) ?? Environment.GetEnvironmentVariable("PACTUM_SETTINGS")) is { Length: > 0 } settingsPath)
            {
                if (!File.Exists(settingsPath))
                {
                    return console.Fail([$"settings file {settingsPath} does not exist"]);
                }

                var parsed = NoticeSettingsFile.Parse(File.ReadAllText(settingsPath), settingsPath);
                if (!parsed.IsValid)
                {
                    return console.Fail(parsed.Errors.Select(e => e.ToString()).ToList());
                }

                notices = parsed.Value!;
            }

            var options = new PactumServerOptions
            {
                Notices = notices,
                Urls = parse.GetValue(urls)!,
                PublicUrl = publicUrl,
                AllowedHosts = allowedHosts,
                DatabasePath = parse.GetValue(db) ?? DataFolder.DefaultDatabase,
                Demo = parse.GetValue(demo),
                WebhookSecretTexts = secretTexts,
            };
            var app = PactumApp.Build(options);
            app.Start();
            console.Output.WriteLine($"Pactum is running at {string.Join(", ", app.Urls)}");
            console.Output.WriteLine($"Public address: {app.Services.GetRequiredService<PublicAddress>().BaseUrl} (Host headers answered: {string.Join(", ", allowedHosts ?? PublicAddress.DefaultAllowedHosts(options))})");
            console.Output.WriteLine($"Database: {Path.GetFullPath(options.DatabasePath)}{(options.Demo ? " (demo company loaded)" : "")}");
            console.Output.WriteLine("Press Ctrl+C to stop.");
            app.WaitForShutdown();
            return PactumCli.Ok;
        });
        return command;
    }
}
