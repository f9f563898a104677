using InfoGov.Domain.Common;

namespace InfoGov.Domain.DataSharing;

/// <summary>An entry of the government's catalog of information resources.</summary>
public sealed class DataResource : VersionedEntity, IBelongsToDepartment, Integration.IWithdrawable, Integration.IKeepsHistory
{
    Guid IBelongsToDepartment.DepartmentId => ProviderDepartmentId;
    bool Integration.IWithdrawable.IsWithdrawn => Status == CatalogStatus.Retired;

    public required string Code { get; init; }
    public required string Name { get => _name; init => _name = value; }
    private string _name = null!;
    public string? NameEn { get => _nameEn; init => _nameEn = value; }
    private string? _nameEn;
    public required Guid ProviderDepartmentId { get => _providerDepartmentId; init => _providerDepartmentId = value; }
    private Guid _providerDepartmentId;

    /// <summary>The providing department was merged into another: the entry follows it.</summary>
    internal void TransferTo(Guid departmentId) => _providerDepartmentId = departmentId;
    public required string Summary { get => _summary; init => _summary = value; }
    private string _summary = null!;
    public required ResourceClassification Classification { get; init; }
    /// <summary>File or data format, e.g. "CSV", "JSON", "XLSX".</summary>
    public required string Format { get => _format; init => _format = value; }
    private string _format = null!;
    public required UpdateCycle UpdateCycle { get => _updateCycle; init => _updateCycle = value; }
    private UpdateCycle _updateCycle;
    public required SharingType SharingType { get => _sharingType; init => _sharingType = value; }
    private SharingType _sharingType;
    public required OpenType OpenType { get => _openType; init => _openType = value; }
    private OpenType _openType;
    public required DeliveryMethod Delivery { get => _delivery; init => _delivery = value; }
    private DeliveryMethod _delivery;
    public string? LegalBasisForNotSharing { get => _legalBasisForNotSharing; init => _legalBasisForNotSharing = value; }
    private string? _legalBasisForNotSharing;
    /// <summary>The conditions of a conditional entry, e.g. "for verifying applicants only".</summary>
    public string? SharingConditions { get => _sharingConditions; init => _sharingConditions = value; }
    private string? _sharingConditions;
    public CatalogStatus Status { get; private set; } = CatalogStatus.Published;
    /// <summary>When the provider last refreshed the data (not the catalog entry); null until it records one.</summary>
    public DateOnly? LastUpdatedOn { get; private set; }

    public DateOnly? NextUpdateDueOn => DataFreshness.NextUpdateDueOn(UpdateCycle, LastUpdatedOn);

    public bool IsStale(DateOnly today) => Status == CatalogStatus.Published && DataFreshness.IsStale(UpdateCycle, LastUpdatedOn, today);

    /// <summary>The provider refreshed the data on <paramref name="on"/>: not in the future, not before the last refresh recorded.</summary>
    public void RecordUpdate(DateOnly on, DateOnly today)
    {
        if (Status == CatalogStatus.Retired) throw new RuleViolation(RuleViolation.InvalidTransition, "A retired entry is no longer refreshed.");
        if (on > today) throw new RuleViolation(RuleViolation.Validation, "Record a refresh once made.", "updatedOn");
        if (LastUpdatedOn is { } last && on < last) throw new RuleViolation(RuleViolation.Validation, $"A later refresh is recorded already ({last:yyyy-MM-dd}).", "updatedOn");
        LastUpdatedOn = on;
    }
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

    /// <summary>
    /// Edits the entry (each null in <paramref name="edit"/> keeps that part). The edited entry is
    /// checked against the catalog rules with its <paramref name="items"/> before anything changes.
    /// </summary>
    public void Revise(DataResourceEdit edit, IReadOnlyCollection<DataItem> items)
    {
        if (Status == CatalogStatus.Retired)
            throw new RuleViolation(RuleViolation.InvalidTransition, "A retired entry is no longer edited.");
        var revised = new DataResource
        {
            Code = Code,
            Name = edit.Name?.Trim() ?? Name,
            NameEn = edit.NameEn?.Trim() ?? NameEn,
            ProviderDepartmentId = ProviderDepartmentId,
            Summary = edit.Summary?.Trim() ?? Summary,
            Classification = Classification,
            Format = edit.Format?.Trim() ?? Format,
            UpdateCycle = edit.UpdateCycle ?? UpdateCycle,
            Delivery = edit.Delivery ?? Delivery,
            SharingType = edit.SharingType ?? SharingType,
            OpenType = edit.OpenType ?? OpenType,
            SharingConditions = edit.SharingConditions?.Trim() ?? SharingConditions,
            LegalBasisForNotSharing = edit.LegalBasisForNotSharing?.Trim() ?? LegalBasisForNotSharing,
        };
        CatalogRules.Check(revised, items);
        (_name, _nameEn, _summary, _format, _updateCycle, _delivery) =
            (revised.Name, revised.NameEn, revised.Summary, revised.Format, revised.UpdateCycle, revised.Delivery);
        (_sharingType, _openType, _sharingConditions, _legalBasisForNotSharing) =
            (revised.SharingType, revised.OpenType, revised.SharingConditions, revised.LegalBasisForNotSharing);
    }
}
