namespace InfoGov.Domain.DataSharing;

/// <summary>
/// A department's data-sharing record for a year, as the yearly evaluation reads it: as a provider, the requests it
/// received and the needs routed to it (answered by their deadlines or not), the quality issues reported on its entries
/// (answered in time or not) and how many of its published entries are stale; as a consumer, the grants it held in the
/// year and how many it used (an allowed access recorded under it in the year).
/// </summary>
public sealed record SharingEvaluation(
    int Year, int RequestsReceived, int RequestsAnsweredInTime, int NeedsRouted, int NeedsAnsweredInTime,
    int QualityIssuesReceived, int QualityIssuesAnsweredInTime, int EntriesPublished, int EntriesStale, int GrantsHeld, int GrantsUsed)
{
    /// <param name="received">Requests for the department's entries.</param>
    /// <param name="routed">Needs routed to the department.</param>
    /// <param name="issues">Quality issues on the department's entries.</param>
    /// <param name="entries">The department's catalog entries.</param>
    /// <param name="held">Grants the department holds.</param>
    /// <param name="usedGrantIds">Grants with an allowed access recorded in the year.</param>
    /// <param name="today">For what is not answered yet, and for staleness.</param>
    public static SharingEvaluation Compute(int year, IReadOnlyCollection<SharingRequest> received, IReadOnlyCollection<DataNeed> routed,
        IReadOnlyCollection<DataQualityIssue> issues, IReadOnlyCollection<DataResource> entries, IReadOnlyCollection<SharingGrant> held,
        IReadOnlySet<Guid> usedGrantIds, DateOnly today)
    {
        var requests = Assessments.IndicatorCalculator.AnswerableBy(received, year, today).ToList();
        var needs = Assessments.IndicatorCalculator.AnswerableBy(routed, year, today).ToList();
        var reported = issues.Where(i => i.ReportedOn.Year == year && (i.AnsweredOn is not null || i.AnswerDueOn < today)).ToList();
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var grants = held.Where(g => g.ValidFrom <= last && g.ValidUntil >= first && (g.RevokedAt is null || DateOnly.FromDateTime(g.RevokedAt.Value.Date) >= first)).ToList();
        var published = entries.Where(e => e.Status == CatalogStatus.Published).ToList();
        return new SharingEvaluation(year,
            requests.Count,
            requests.Count(Assessments.IndicatorCalculator.AnsweredInTime),
            needs.Count, needs.Count(n => n.AnsweredInTime),
            reported.Count, reported.Count(i => i.AnsweredInTime),
            published.Count, published.Count(e => e.IsStale(today)),
            grants.Count, grants.Count(g => usedGrantIds.Contains(g.Id)));
    }
}
