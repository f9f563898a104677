using System.Text;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// A spreadsheet download defined over the GraphQL schema: a root connection and its columns (paths
/// into each node), in tiers from the fullest to the plainest. The export runs the tier's query as
/// the caller, so the same access rules decide: the first tier the caller may read is the one it gets.
/// </summary>
public sealed record CsvExport(string Name, string Connection, string Arguments, IReadOnlyList<IReadOnlyList<CsvColumn>> Tiers)
{
    /// <summary>The GraphQL document of a tier: one page of nodes with the columns' fields.</summary>
    public string DocumentOf(IReadOnlyList<CsvColumn> columns)
    {
        var selection = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var level = selection;
            var parts = column.Path.Split('.');
            foreach (var part in parts[..^1])
            {
                if (!level.TryGetValue(part, out var child)) level[part] = child = new SortedDictionary<string, object>(StringComparer.Ordinal);
                level = (SortedDictionary<string, object>)child;
            }
            level.TryAdd(parts[^1], "");
        }
        var text = new StringBuilder($"query Export($after: String) {{ {Connection}(first: 100, after: $after{Arguments}) {{ nodes ");
        Write(text, selection);
        return text.Append(" pageInfo { hasNextPage endCursor } } }").ToString();
    }

    private static void Write(StringBuilder text, SortedDictionary<string, object> selection)
    {
        text.Append("{ ");
        foreach (var (name, child) in selection)
        {
            text.Append(name).Append(' ');
            if (child is SortedDictionary<string, object> nested) Write(text, nested);
        }
        text.Append("} ");
    }
}

/// <summary>A column: its header and the path of its value in a node, e.g. <c>currentPlan.budget.amount</c>.</summary>
public sealed record CsvColumn(string Header, string Path);
