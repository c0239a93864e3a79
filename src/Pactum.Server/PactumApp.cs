using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Pactum.Server.Features.Agreements;
using Pactum.Server.Features.Calculator;
using Pactum.Server.Features.Clock;
using Pactum.Server.Features.Clocks;
using Pactum.Server.Features.Compliance;
using Pactum.Server.Features.Routing;
using Pactum.Server.Features.Leads;
using Pactum.Server.Features.Notices;
using Pactum.Server.Infrastructure;
using Pactum.Storage.Agreements;
using Pactum.Storage.Clocks;
using Pactum.Storage.Compliance;
using Pactum.Storage.Routing;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Pactum.Storage.Reports;
using Pactum.Server.Features.Reports;

namespace Pactum.Server;

/// <summary>Builds the Pactum web application: read this file as the table of contents of the server.</summary>
public static class PactumApp
{
    /// <summary>The cultures the interface formats dates and numbers for (texts fall back to English until translated).</summary>
    public static readonly string[] Cultures = ["en", "th", "zh-Hans", "zh-Hant", "ar", "id"];

    /// <summary>Builds the application (not started) for <paramref name="options"/>.</summary>
    public static WebApplication Build(PactumServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = options.Environment,
            ApplicationName = typeof(PactumApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // Storage and domain services
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(_ => SqliteDatabase.Open(options.DatabasePath));
        builder.Services.AddSingleton<AgreementStore>();
        builder.Services.AddSingleton<AgreementCatalog>();
        builder.Services.AddSingleton<BusinessClockService>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddSingleton<ClockPlans>();
        builder.Services.AddSingleton<ClockAlarms>();
        builder.Services.AddSingleton<ClockProjector>();
        builder.Services.AddSingleton<ClockStore>();
        builder.Services.AddSingleton<ClockSweeper>();
        builder.Services.AddSingleton<EventLog>();
        builder.Services.AddSingleton<LeadStore>();
        builder.Services.AddSingleton<EventImporter>();
        builder.Services.AddSingleton<EventIntake>();
        builder.Services.AddSingleton<EventImports>();
        builder.Services.AddSingleton<DemoLeads>();
        builder.Services.AddSingleton<VisitStore>();
        builder.Services.AddSingleton<ReportStore>();
        builder.Services.AddSingleton<ReportBook>();
        builder.Services.AddSingleton<LeadClocks>();
        builder.Services.AddNotices();
        builder.Services.AddSingleton<ServiceEventStore>();
        builder.Services.AddSingleton<VerdictStore>();
        builder.Services.AddSingleton<ConsequenceStore>();
        builder.Services.AddSingleton<ComplianceService>();
        builder.Services.AddSingleton<StatusReportStore>();
        builder.Services.AddSingleton<StatusReportService>();
        builder.Services.AddSingleton<RoutingQueries>();
        builder.Services.AddSingleton<RoutingState>();
        builder.Services.AddSingleton<RepStore>();
        builder.Services.AddSingleton<RepAssigner>();
        builder.Services.AddSingleton<RoutingPlans>();
        builder.Services.AddSingleton<LeadRouter>();
        builder.Services.AddSingleton<ScoreBook>();
        builder.Services.AddSingleton<NurtureEnrolment>();
        builder.Services.AddSingleton<TeamView>();
        if (options.BackgroundServices)
        {
            builder.Services.AddHostedService<ClockSweeperService>();
            builder.Services.AddHostedService<NoticeDispatcherService>();
            builder.Services.AddHostedService<ComplianceEvaluatorService>();
            builder.Services.AddHostedService<RoutingService>();
        }

        // Web: the hosts answered, pages, API description, errors, languages
        builder.Services.AddHostFiltering(o => o.AllowedHosts = [.. options.AllowedHosts ?? PublicAddress.DefaultAllowedHosts(options)]);
        builder.Services.AddRazorPages().AddApplicationPart(typeof(PactumApp).Assembly);
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestProblem>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Pages speak Thai, Chinese and Arabic: write their characters as they are, not as numeric entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Pactum API";
            document.Info.Description = "Agreements, the goal calculator, business-time clocks, lead events and leads. Amounts and shares may be sent as numbers or text; a share is a fraction (0.5) or a percentage (\"50%\").";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.Converters.Add(new NumberAsText());
            o.SerializerOptions.Converters.Add(new InstantJsonConverter());
        });

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseHostFiltering();
        app.UseCrossSiteGuard();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization(Localization());
        app.MapEmbeddedStaticFiles();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Pactum API v1");
            o.DocumentTitle = "Pactum API";
        });

        app.MapCultureEndpoints();
        app.MapAgreementEndpoints();
        app.MapCalculatorEndpoints();
        app.MapClockEndpoints();
        app.MapEventEndpoints();
        app.MapLeadEndpoints();
        app.MapLeadClockEndpoints();
        app.MapClocksNowEndpoints();
        app.MapNoticeEndpoints();
        app.MapVisitEndpoints();
        app.MapReportEndpoints();
        app.MapComplianceEndpoints();
        app.MapRoutingEndpoints();
        app.MapRazorPages();

        if (options.Demo)
        {
            app.Services.GetRequiredService<AgreementCatalog>().LoadDemo();
            app.Services.GetRequiredService<DemoLeads>().LoadIfEmpty();
        }

        return app;
    }

    private static RequestLocalizationOptions Localization()
    {
        var cultures = Cultures.Select(CultureInfo.GetCultureInfo).ToList();
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("en"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        return localization;
    }
}
