using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>
/// The random draw of a review panel from the pool: active experts of the category, never one
/// from the owning department or one who declared a conflict with it. The candidates are ordered
/// by code and shuffled with the recorded seed, so a draw can be replayed and audited.
/// </summary>
public static class ExpertDraw
{
    public sealed record Result(IReadOnlyList<Expert> Candidates, IReadOnlyList<Expert> Panel);

    public static Result Draw(IEnumerable<Expert> pool, Project project, IReadOnlySet<Guid> conflicted, string category, int size, int seed)
    {
        if (size is < 3 or > 15)
            throw new RuleViolation(RuleViolation.Validation, "A panel has between 3 and 15 experts.", "size");
        var candidates = pool
            .Where(e => e.Covers(category) && PanelMember.MayServe(e, project) && !conflicted.Contains(e.Id))
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count < size)
            throw new RuleViolation(RuleViolation.Validation,
                $"Only {candidates.Count} eligible '{category}' experts for a panel of {size}; choose another category or a smaller panel.", "category");
        var random = new Random(seed);
        var panel = candidates.OrderBy(_ => random.Next()).Take(size).ToList();
        return new Result(candidates, panel);
    }
}
