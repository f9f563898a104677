using InfoGov.Domain.Common;

namespace InfoGov.Domain.Departments;

/// <summary>A major cross-department initiative owned by one group of the informatization
/// committee and led by one department. A project belongs to at most one programme. Its yearly
/// targets are <see cref="ProgrammeTarget"/>s: a quantity of a unit in a year.</summary>
public sealed class Programme : VersionedEntity, Integration.IKeepsHistory
{
    public required string Code { get; init; }
    public required string Name { get => _name; init => _name = value; }
    private string _name = "";
    public string? NameEn { get => _nameEn; init => _nameEn = value; }
    private string? _nameEn;
    public required Guid LeadDepartmentId { get => _leadDepartmentId; init => _leadDepartmentId = value; }
    private Guid _leadDepartmentId;
    public string? Description { get => _description; init => _description = value; }
    private string? _description;
    /// <summary>Free-text yearly targets written before targets were structured; kept as they were.</summary>
    public string? AnnualTargets { get; init; }

    /// <summary>Opens a programme led by <paramref name="lead"/>.</summary>
    public static Programme Open(string code, string name, string? nameEn, Department lead, string? description)
    {
        code = (code ?? "").Trim();
        if (code.Length is < 2 or > 32) throw new RuleViolation(RuleViolation.Validation, "A programme code is 2 to 32 characters.", "code");
        var programme = new Programme { Code = code, Name = "", LeadDepartmentId = lead.Id };
        programme.Revise(name, nameEn, lead, description);
        return programme;
    }

    /// <summary>Changes the name, the lead department or the description; everything is checked before anything changes.</summary>
    public void Revise(string? name, string? nameEn, Department? lead, string? description)
    {
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200))
            throw new RuleViolation(RuleViolation.Validation, "A programme's name is 1 to 200 characters.", "name");
        if (nameEn is not null && nameEn.Trim().Length > 200)
            throw new RuleViolation(RuleViolation.Validation, "The English name is at most 200 characters.", "nameEn");
        if (lead is { IsDissolved: true })
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{lead.Code} is dissolved; choose a department that exists.", "leadDepartmentCode");
        if (description is { Length: > 2000 })
            throw new RuleViolation(RuleViolation.Validation, "The description is at most 2000 characters.", "description");

        if (name is not null) _name = name.Trim();
        if (nameEn is not null) _nameEn = nameEn.Trim().Length == 0 ? null : nameEn.Trim();
        if (lead is not null) _leadDepartmentId = lead.Id;
        if (description is not null) _description = description.Trim().Length == 0 ? null : description.Trim();
    }

    /// <summary>Sets the target of <paramref name="unit"/> for <paramref name="year"/>: the existing target of
    /// that year and unit when there is one (returned changed), or a new one. A quantity of zero is allowed
    /// (a year with nothing planned of that unit).</summary>
    public ProgrammeTarget SetTarget(int year, string unit, decimal quantity, string? note, ProgrammeTarget? existing)
    {
        if (year is < 2000 or > 2100) throw new RuleViolation(RuleViolation.Validation, "Give a year from 2000 to 2100.", "year");
        unit = (unit ?? "").Trim();
        if (unit.Length is 0 or > 40) throw new RuleViolation(RuleViolation.Validation, "Name the unit counted (e.g. demonstration village), 1 to 40 characters.", "unit");
        // The column holds 18 digits, two of them decimals: a larger or finer figure is refused, not rounded or overflowed.
        if (quantity is < 0 or >= 10_000_000_000_000_000m || decimal.Round(quantity, 2) != quantity)
            throw new RuleViolation(RuleViolation.Validation, "A target quantity is zero or more, below 10^16, with at most two decimals.", "quantity");
        if (note is { Length: > 500 }) throw new RuleViolation(RuleViolation.Validation, "A note is at most 500 characters.", "note");
        if (existing is null) return new ProgrammeTarget { ProgrammeId = Id, Year = year, Unit = unit, Quantity = quantity, Note = note?.Trim() };
        if (existing.ProgrammeId != Id || existing.Year != year || existing.Unit != unit)
            throw new RuleViolation(RuleViolation.Validation, "That target belongs to another programme, year or unit.", "unit");
        existing.Change(quantity, note?.Trim());
        return existing;
    }

    /// <summary>The lead department was merged into another, which leads the programme from now on.</summary>
    internal void TransferLead(Guid departmentId) => _leadDepartmentId = departmentId;
}
