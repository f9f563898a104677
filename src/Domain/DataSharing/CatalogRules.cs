using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>What a catalog entry must state: a conditional entry its conditions, a not-shared entry
/// its legal basis (and it is not open to the public either); and at least one data item, each named once.</summary>
public static class CatalogRules
{
    public static void Check(DataResource resource, IReadOnlyCollection<DataItem> items)
    {
        if (string.IsNullOrWhiteSpace(resource.Name)) throw new RuleViolation(RuleViolation.Validation, "A catalog entry needs a name.", "name");
        if (string.IsNullOrWhiteSpace(resource.Summary)) throw new RuleViolation(RuleViolation.Validation, "Summarise what the entry contains.", "summary");
        if (resource.SharingType == SharingType.Conditional && string.IsNullOrWhiteSpace(resource.SharingConditions))
            throw new RuleViolation(RuleViolation.Validation, "A conditional entry states its conditions.", "sharingConditions");
        if (resource.SharingType == SharingType.NotShared && string.IsNullOrWhiteSpace(resource.LegalBasisForNotSharing))
            throw new RuleViolation(RuleViolation.Validation, "An entry that is not shared states its legal basis.", "legalBasisForNotSharing");
        if (resource.SharingType == SharingType.NotShared && resource.OpenType != OpenType.NotOpen)
            throw new RuleViolation(RuleViolation.Validation, "An entry not shared with other departments cannot be open to the public.", "openType");
        if (items.Count == 0) throw new RuleViolation(RuleViolation.Validation, "List the entry's data items.", "items");
        if (items.Any(i => string.IsNullOrWhiteSpace(i.Name)))
            throw new RuleViolation(RuleViolation.Validation, "Every data item has a name.", "items");
        if (items.GroupBy(i => i.Name.Trim()).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new RuleViolation(RuleViolation.Validation, $"The item '{duplicate.Key}' is listed twice.", "items");
    }
}
