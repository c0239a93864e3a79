using System.CommandLine;
using NodaTime;
using Pactum.Domain.Agreements;
using Pactum.Domain.Reports;
using Pactum.Domain.Time;
using Pactum.Storage.Agreements;
using Pactum.Storage.Database;
using Pactum.Storage.Leads;
using Pactum.Storage.Reports;

namespace Pactum.Cli.Verbs;

/// <summary>
/// What every <c>pactum report</c> verb reads (SPEC I5): the database (<c>--db</c>), the agreement (<c>--agreement</c>,
/// else the first with a calendar), the month (<c>--month</c>), the zone (<c>--zone</c>, else the agreement's, else
/// UTC) and the owner, source and persona filters.
/// </summary>
internal sealed record ReportContext(ReportBook Book, MonthSpan Month, Agreement? Agreement, ReportGoals Goals, ReportFilter Filter)
{
    public sealed record Options(Option<string> Db, Option<string> Month, Option<string> Zone, Option<string> Agreement, Option<string> Owner, Option<string> Source, Option<string> Persona)
    {
        public static Options Create() => new(
            ImportVerb.DatabaseOption(),
            new Option<string>("--month") { Description = "The month, yyyy-MM (local, in the report's zone).", Required = true },
            new Option<string>("--zone") { Description = "The IANA time zone to report in (default: the agreement's, else UTC)." },
            new Option<string>("--agreement") { Description = "The agreement whose zone and goals to use (default: the first with a calendar)." },
            new Option<string>("--owner") { Description = "Only the leads of this owner (rep)." },
            new Option<string>("--source") { Description = "Only the leads from this source." },
            new Option<string>("--persona") { Description = "Only the leads of this persona (a quality tier)." });

        public void AddTo(Command command, bool filters = true)
        {
            command.Options.Add(Db);
            command.Options.Add(Month);
            command.Options.Add(Zone);
            command.Options.Add(Agreement);
            if (filters)
            {
                command.Options.Add(Owner);
                command.Options.Add(Source);
                command.Options.Add(Persona);
            }
        }

        /// <summary>The context the command line names; null with every problem added to <paramref name="errors"/>.</summary>
        public ReportContext? Read(ParseResult parse, List<string> errors)
        {
            var path = parse.GetValue(Db) ?? DataFolder.DefaultDatabase;
            if (parse.GetValue(Db) is not null && !File.Exists(path))
            {
                errors.Add($"--db: no database file '{path}'");
                return null;
            }

            var database = SqliteDatabase.Open(path);
            var agreements = new AgreementStore(database, SystemClock.Instance).Latest()
                .Select(s => AgreementFile.Parse(s.Yaml, $"{s.Id}.yaml").Value)
                .OfType<Agreement>()
                .ToList();
            var scope = ReportScope.Read(agreements, parse.GetValue(Agreement), parse.GetValue(Month), parse.GetValue(Zone), SystemClock.Instance.GetCurrentInstant(), errors, "--");
            if (errors.Count > 0)
            {
                return null;
            }

            var book = new ReportBook(new ReportStore(database), new VisitStore(database), SystemClock.Instance);
            return new ReportContext(book, scope.Month, scope.Agreement, scope.Goals, ReportFilter.Of(parse.GetValue(Owner), parse.GetValue(Source), parse.GetValue(Persona)));
        }
    }
}
