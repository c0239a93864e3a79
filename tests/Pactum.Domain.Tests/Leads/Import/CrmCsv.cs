using System.Text;
using Pactum.Domain.Leads;
using Pactum.Domain.Leads.Import;
using Pactum.Domain.Tests.Agreements;

namespace Pactum.Domain.Tests.Leads.Import;

/// <summary>Just enough CSV for the tests: quoted fields with commas and doubled quotes, one record per line.</summary>
internal static class CrmCsv
{
    /// <summary>The fields of one line; a quoted field may hold commas and "" for a quote.</summary>
    public static IReadOnlyList<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The header and data rows of samples/imports/<paramref name="fileName"/> (line numbers as in the file).</summary>
    public static (IReadOnlyList<string> Headers, IReadOnlyList<CsvRow> Rows) Sample(string fileName)
    {
        var lines = RepoFiles.Read($"samples/imports/{fileName}").Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headers = SplitLine(lines[0]);
        var rows = lines.Skip(1).Select((line, i) => (line, number: i + 2)).Where(l => l.line.Length > 0)
            .Select(l => CsvRow.Of(l.number, headers, SplitLine(l.line))).ToList();
        return (headers, rows);
    }

    /// <summary>A data row (line 2) with the given cells.</summary>
    public static CsvRow Row(IEnumerable<(string Column, string Value)> cells)
    {
        var list = cells.ToList();
        return CsvRow.Of(2, list.Select(c => c.Column).ToList(), list.Select(c => c.Value).ToList());
    }

    /// <summary>The events' types in order, written as in files: <c>lead_created mql …</c>.</summary>
    public static string Types(RowMapping mapping) => string.Join(" ", mapping.Events.Select(e => e.Type.ToText()));

    /// <summary>The events' IDs in order, space-separated.</summary>
    public static string Ids(RowMapping mapping) => string.Join(" ", mapping.Events.Select(e => e.EventId));
}
