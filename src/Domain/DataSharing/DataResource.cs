using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>An entry of the government's catalog of information resources.</summary>
public sealed class DataResource : VersionedEntity, IBelongsToDepartment, Integration.IWithdrawable, Integration.IKeepsHistory
{
    Guid IBelongsToDepartment.DepartmentId => ProviderDepartmentId;
    bool Integration.IWithdrawable.IsWithdrawn => Status == CatalogStatus.Retired;

    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required Guid ProviderDepartmentId { get; init; }
    public required string Summary { get; set; }
    public required ResourceClassification Classification { get; set; }
    /// <summary>File or data format, e.g. "CSV", "JSON", "XLSX".</summary>
    public required string Format { get; set; }
    public required UpdateCycle UpdateCycle { get; set; }
    public required SharingType SharingType { get; set; }
    public required OpenType OpenType { get; set; }
    public required DeliveryMethod Delivery { get; set; }
    public string? LegalBasisForNotSharing { get; set; }
    /// <summary>The conditions of a conditional entry, e.g. "for verifying applicants only".</summary>
    public string? SharingConditions { get; set; }
    public CatalogStatus Status { get; private set; } = CatalogStatus.Published;
    public DateTimeOffset? RetiredAt { get; private set; }

    /// <summary>A new entry starts as a draft of its provider.</summary>
    public void MarkDraft() => Status = CatalogStatus.Draft;

    public void Publish()
    {
        if (Status != CatalogStatus.Draft)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"Only a draft is published; this entry is {Status}.");
        Status = CatalogStatus.Published;
    }

    /// <summary>Retires the entry; the caller ends its grants.</summary>
    public void Retire(DateTimeOffset at)
    {
        if (Status == CatalogStatus.Retired)
            throw new RuleViolation(RuleViolation.InvalidTransition, "This entry is already retired.");
        Status = CatalogStatus.Retired;
        RetiredAt = at;
    }
}
