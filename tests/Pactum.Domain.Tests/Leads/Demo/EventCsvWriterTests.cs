using System.Globalization;
using System.Text;
using NodaTime;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Demo;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Time;

namespace Pactum.Domain.Tests.Leads.Demo;

/// <summary>The generic events CSV (SPEC I4) as Pactum writes it: RFC 4180, readable back to the same events.</summary>
public sealed class EventCsvWriterTests
{
    private const string Header = "event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason,asset,score,track,activity,role,seniority,buying_role,employees,region";

    private static readonly LeadEvent Won = new()
    {
        EventId = "e-1",
        LeadId = "L1",
        Type = LeadEventType.DealWon,
        OccurredAt = Instant.FromUtc(2026, 10, 2, 14, 30, 5),
        Owner = "Maya Chen",
        Amount = 1234.50m,
    };

    [Fact]
    public void Columns_AreI4sElevenThenAssetScoreTrackThenTheScoringColumns()
    {
        Assert.Equal(Header, string.Join(',', EventCsvWriter.Columns));
    }

    [Fact]
    public void Write_OneEvent_WritesHeaderAndRowWithCrLf()
    {
        var text = new StringWriter(CultureInfo.GetCultureInfo("de-DE"));

        var count = EventCsvWriter.Write(text, [Won]);

        Assert.Equal(1, count);
        Assert.Equal($"{Header}\r\ne-1,L1,deal_won,2026-10-02T14:30:05Z,,Maya Chen,,1234.50,,,,,,,,,,,,\r\n", text.ToString());
    }

    [Fact]
    public void Write_NoEvents_WritesTheHeaderOnly()
    {
        var text = new StringWriter();

        Assert.Equal(0, EventCsvWriter.Write(text, []));
        Assert.Equal(Header + "\r\n", text.ToString());
    }

    [Theory]
    [InlineData("plain", "plain")] // nothing to quote
    [InlineData("a,b", "\"a,b\"")] // comma
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")] // quotes doubled
    [InlineData("line\nbreak", "\"line\nbreak\"")] // LF
    [InlineData("cr\rhere", "\"cr\rhere\"")] // CR
    [InlineData("=SUM(A1:A2)", "=SUM(A1:A2)")] // formulas are not neutralised: the file is for machines
    [InlineData("", "")] // empty stays empty
    public void Quote_Cell_FollowsRfc4180(string value, string expected)
    {
        Assert.Equal(expected, EventCsvWriter.Quote(value));
    }

    [Fact]
    public void WriteRow_AwkwardText_RoundTripsThroughAParser()
    {
        var awkward = Won with
        {
            Reason = "no budget, \"maybe\" next year\r\nsee notes",
            Persona = "Manager, Ops",
            Asset = "/blog/sla-guide#cta",
            Score = 87.5m,
            Track = "decision",
        };
        var text = new StringWriter();

        EventCsvWriter.Write(text, [awkward]);

        Assert.Equal([awkward], Read(text.ToString()));
    }

    [Fact]
    public void Write_DemoHistory_RoundTripsEveryEvent()
    {
        var events = DemoHistory.Generate(DemoHistoryOptions.CompanyX(Instant.FromUtc(2026, 10, 15, 18, 0)) with { Leads = 300 }).ToList();
        var text = new StringWriter();

        var count = EventCsvWriter.Write(text, events);

        Assert.Equal(events.Count, count);
        Assert.Equal(events, Read(text.ToString()));
    }

    /// <summary>A small RFC 4180 reader, independent of the writer: header row, then one event per row.</summary>
    private static List<LeadEvent> Read(string csv)
    {
        var rows = Parse(csv);
        Assert.Equal(EventCsvWriter.Columns, rows[0]);
        return rows.Skip(1).Select(ToEvent).ToList();
    }

    private static LeadEvent ToEvent(List<string> cells)
    {
        Assert.Equal(20, cells.Count);
        Assert.True(LeadEventTypes.TryParse(cells[2], out var type, out _));
        Assert.True(InstantText.TryParse(cells[3], out var at, out _));
        return new LeadEvent
        {
            EventId = cells[0],
            LeadId = cells[1],
            Type = type,
            OccurredAt = at,
            Source = Text(cells[4]),
            Owner = Text(cells[5]),
            Persona = Text(cells[6]),
            Amount = Number(cells[7]),
            Channel = Text(cells[8]),
            Outcome = Text(cells[9]),
            Reason = Text(cells[10]),
            Asset = Text(cells[11]),
            Score = Number(cells[12]),
            Track = Text(cells[13]),
            Activity = Text(cells[14]),
            Role = Text(cells[15]),
            Seniority = Text(cells[16]),
            BuyingRole = Text(cells[17]),
            Employees = cells[18].Length == 0 ? null : int.Parse(cells[18], CultureInfo.InvariantCulture),
            Region = Text(cells[19]),
        };
    }

    private static string? Text(string cell) => cell.Length == 0 ? null : cell;

    private static decimal? Number(string cell) => cell.Length == 0 ? null : decimal.Parse(cell, CultureInfo.InvariantCulture);

    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        Assert.Empty(row); // the last row ends with CRLF
        return rows;
    }
}
