using System.Text.RegularExpressions;
using InfoGov.Domain.Common;

namespace InfoGov.Domain.Departments;

/// <summary>A government unit. Departments form a tree (county, then townships); the code is
/// stable and human-readable, so other systems refer to departments by it. A unit that is dissolved
/// or merged into another stays, marked, so that history and old references still read.</summary>
public sealed partial class Department : VersionedEntity, IBelongsToDepartment, Integration.IKeepsHistory
{
    Guid IBelongsToDepartment.DepartmentId => Id;

    public required string Code { get; init; }
    public required string Name { get => _name; init => _name = value; }
    private string _name = "";
    public string? NameEn { get => _nameEn; init => _nameEn = value; }
    private string? _nameEn;
    public required DepartmentKind Kind { get; init; }
    public Guid? ParentId { get => _parentId; init => _parentId = value; }
    private Guid? _parentId;
    /// <summary>The day the unit ceased to exist; null while it exists.</summary>
    public DateOnly? DissolvedOn { get => _dissolvedOn; init => _dissolvedOn = value; }
    private DateOnly? _dissolvedOn;
    /// <summary>The department it was merged into, if it was merged rather than simply dissolved.</summary>
    public Guid? MergedIntoId { get => _mergedIntoId; init => _mergedIntoId = value; }
    private Guid? _mergedIntoId;

    public bool IsDissolved => DissolvedOn is not null;

    [GeneratedRegex("^[A-Z][A-Z0-9-]{1,31}$")]
    private static partial Regex CodePattern();

    /// <summary>A new unit under <paramref name="parent"/> (or at the top of the tree). The code is the
    /// stable key other systems use: capitals, digits and hyphens, 2 to 32 characters.</summary>
    public static Department Create(string code, string name, string? nameEn, DepartmentKind kind, Department? parent)
    {
        code = (code ?? "").Trim();
        if (!CodePattern().IsMatch(code))
            throw new RuleViolation(RuleViolation.Validation, "A department code is 2 to 32 capitals, digits or hyphens, starting with a capital (e.g. GAJ).", "code");
        if (parent is { IsDissolved: true })
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{parent.Code} is dissolved; choose a department that exists.", "parentCode");
        var department = new Department { Code = code, Name = "", Kind = kind, ParentId = parent?.Id };
        department.Rename(name, nameEn);
        return department;
    }

    /// <summary>Gives the unit a new official name; the code stays.</summary>
    public void Rename(string name, string? nameEn)
    {
        RequireExisting();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
            throw new RuleViolation(RuleViolation.Validation, "A department's name is 1 to 200 characters.", "name");
        if (nameEn is { Length: > 200 })
            throw new RuleViolation(RuleViolation.Validation, "The English name is at most 200 characters.", "nameEn");
        _name = name.Trim();
        _nameEn = string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim();
    }

    /// <summary>Moves the unit (with everything below it) under <paramref name="parent"/>, or to the top
    /// of the tree. <paramref name="parentOf"/> walks the current tree: a unit cannot go under itself or
    /// under one of its own descendants.</summary>
    public void MoveUnder(Department? parent, Func<Guid, Guid?> parentOf)
    {
        RequireExisting();
        if (parent is { IsDissolved: true })
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{parent.Code} is dissolved; choose a department that exists.", "parentCode");
        for (var ancestor = parent?.Id; ancestor is { } id; ancestor = parentOf(id))
            if (id == Id)
                throw new RuleViolation(RuleViolation.Validation, $"{Code} cannot be moved under itself or one of its own descendants.", "parentCode");
        _parentId = parent?.Id;
    }

    /// <summary>Ends the unit on <paramref name="on"/>. Without a successor it must be empty: no units
    /// below it and nothing of its own left (what it still holds is listed in <paramref name="stillHeld"/>);
    /// otherwise merge it into another department.</summary>
    public void Dissolve(DateOnly on, IReadOnlyCollection<string> stillHeld)
    {
        RequireExisting();
        if (stillHeld.Count > 0)
            throw new RuleViolation(RuleViolation.InvalidTransition,
                $"{Code} still has {string.Join(", ", stillHeld)}; merge it into another department instead, so that they follow.", "code");
        _dissolvedOn = on;
    }

    /// <summary>Ends the unit on <paramref name="on"/> by merging it into <paramref name="into"/>: its
    /// units, projects, catalog entries, plans, systems, programmes, officials and affiliated experts follow
    /// (each through its own method); the history of each keeps what was. Plans of the same kind and start
    /// year in both are refused before anything moves.</summary>
    public void MergeInto(Department into, Merger merger, DateOnly on)
    {
        RequireExisting();
        if (into.Id == Id) throw new RuleViolation(RuleViolation.Validation, "A department cannot be merged into itself.", "intoCode");
        if (into.IsDissolved)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{into.Code} is dissolved; merge into a department that exists.", "intoCode");
        for (var ancestor = into.ParentId; ancestor is { } id; ancestor = merger.ParentOf(id))
            if (id == Id) throw new RuleViolation(RuleViolation.Validation, $"{into.Code} is below {Code}; merge the other way round, or move it first.", "intoCode");
        var collision = merger.Plans.FirstOrDefault(p => merger.PlansOfTarget.Any(t => t.Kind == p.Kind && t.StartYear == p.StartYear));
        if (collision is not null)
            throw new RuleViolation(RuleViolation.Conflict,
                $"Both departments have a {collision.Kind} plan from {collision.StartYear} ({collision.Code}); withdraw or merge the plans first.", "intoCode");

        foreach (var child in merger.Children) child._parentId = into.Id;
        foreach (var project in merger.Projects) project.TransferTo(into.Id);
        foreach (var resource in merger.Resources) resource.TransferTo(into.Id);
        foreach (var plan in merger.Plans) plan.TransferTo(into.Id);
        foreach (var item in merger.PlanItems) item.TransferTo(into.Id);
        foreach (var system in merger.Systems) system.TransferTo(Id, into.Id);
        foreach (var programme in merger.ProgrammesLed) programme.TransferLead(into.Id);
        foreach (var official in merger.Officials) official.TransferTo(into.Id, on);
        foreach (var assignment in merger.OpenAssignments) assignment.EndOn(on);
        foreach (var expert in merger.AffiliatedExperts) expert.TransferAffiliation(into.Id);
        _dissolvedOn = on;
        _mergedIntoId = into.Id;
    }

    private void RequireExisting()
    {
        if (IsDissolved)
            throw new RuleViolation(RuleViolation.InvalidTransition, $"{Code} was dissolved on {DissolvedOn:yyyy-MM-dd}; it keeps its history but changes no more.", "code");
    }

    /// <summary>What follows a department merged into another, loaded by the caller.</summary>
    public sealed record Merger(
        IReadOnlyCollection<Department> Children,
        IReadOnlyCollection<Projects.Project> Projects,
        IReadOnlyCollection<DataSharing.DataResource> Resources,
        IReadOnlyCollection<Planning.Plan> Plans,
        IReadOnlyCollection<Planning.PlanItem> PlanItems,
        IReadOnlyCollection<Planning.Plan> PlansOfTarget,
        IReadOnlyCollection<Operations.InformationSystem> Systems,
        IReadOnlyCollection<Programme> ProgrammesLed,
        IReadOnlyCollection<Leadership.Official> Officials,
        IReadOnlyCollection<Leadership.ResponsibilityAssignment> OpenAssignments,
        IReadOnlyCollection<Projects.Expert> AffiliatedExperts,
        Func<Guid, Guid?> ParentOf);
}
