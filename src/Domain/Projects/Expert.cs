using InfoGov.Domain.Common;

namespace InfoGov.Domain.Projects;

/// <summary>A member of the expert pool. An expert affiliated with a department may not sit on
/// the panel of that department's projects. Identities are restricted until a review closes. The
/// office enlists, revises, retires and reinstates experts; panels are drawn from active ones only.</summary>
public sealed class Expert : VersionedEntity, Integration.IKeepsHistory
{
    public const int MaxFields = 8;

    public required string Code { get; init; }
    public required string Name { get => _name; init => _name = value; }
    private string _name = "";
    /// <summary>The principal field of expertise, e.g. "network", "software", "data", "finance": the first of <see cref="Fields"/>.</summary>
    public required string Category { get => _category; init => _category = value; }
    private string _category = "";
    /// <summary>Every field the expert is drawn for, the principal one first.</summary>
    public IReadOnlyList<string> Fields { get => _fields ?? [Category]; init => _fields = [.. value]; }
    private List<string>? _fields;
    public string? Title { get => _title; init => _title = value; }
    private string? _title;
    /// <summary>The department the expert works for, if any.</summary>
    public Guid? AffiliationDepartmentId { get => _affiliationDepartmentId; init => _affiliationDepartmentId = value; }
    private Guid? _affiliationDepartmentId;
    public bool IsActive { get => _isActive; init => _isActive = value; }
    private bool _isActive = true;
    /// <summary>The day the expert was retired from the pool; null while active.</summary>
    public DateOnly? RetiredOn { get => _retiredOn; init => _retiredOn = value; }
    private DateOnly? _retiredOn;
    /// <summary>The expert's Entra ID object id: how a signed-in expert is recognised as this pool member.</summary>
    public Guid? AccountObjectId { get; init; }

    /// <summary>Whether the expert may be drawn for a panel of <paramref name="field"/>.</summary>
    public bool Covers(string field) => Fields.Contains(field, StringComparer.Ordinal);

    /// <summary>Adds a member to the pool.</summary>
    public static Expert Enlist(string code, string name, IReadOnlyList<string> fields, string? title, Guid? affiliationDepartmentId, Guid? accountObjectId)
    {
        code = (code ?? "").Trim();
        if (code.Length is < 2 or > 32) throw new RuleViolation(RuleViolation.Validation, "An expert code is 2 to 32 characters.", "code");
        var expert = new Expert { Code = code, Name = "", Category = "", AccountObjectId = accountObjectId };
        expert.Revise(name, fields, title, affiliationDepartmentId, changesAffiliation: true);
        return expert;
    }

    /// <summary>Changes the name, fields, title or employer; a value left null stays (the employer changes
    /// only with <paramref name="changesAffiliation"/>, so that it can be cleared).</summary>
    public void Revise(string? name, IReadOnlyList<string>? fields, string? title, Guid? affiliationDepartmentId, bool changesAffiliation)
    {
        // Everything is checked before anything changes.
        if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100))
            throw new RuleViolation(RuleViolation.Validation, "An expert's name is 1 to 100 characters.", "name");
        var cleaned = fields?.Select(f => (f ?? "").Trim()).ToList();
        if (cleaned is not null && (cleaned.Count is 0 or > MaxFields || cleaned.Any(f => f.Length is 0 or > 40)))
            throw new RuleViolation(RuleViolation.Validation, $"Give 1 to {MaxFields} fields of expertise, each 1 to 40 characters, the principal one first.", "fields");
        if (cleaned is not null && cleaned.Distinct(StringComparer.Ordinal).Count() != cleaned.Count)
            throw new RuleViolation(RuleViolation.Validation, "A field of expertise is listed twice.", "fields");
        if (title is not null && title.Trim().Length > 100)
            throw new RuleViolation(RuleViolation.Validation, "A title is at most 100 characters.", "title");

        if (name is not null) _name = name.Trim();
        if (cleaned is not null)
        {
            _fields = cleaned;
            _category = cleaned[0];
        }
        if (title is not null) _title = title.Trim().Length == 0 ? null : title.Trim();
        if (changesAffiliation) _affiliationDepartmentId = affiliationDepartmentId;
    }

    /// <summary>Takes the expert out of the pool from <paramref name="on"/>. An expert seated on a panel
    /// that has not concluded (<paramref name="openPanels"/>: the projects' codes) is refused: the panel
    /// would lose a member mid-review.</summary>
    public void Retire(DateOnly on, IReadOnlyCollection<string> openPanels)
    {
        if (!IsActive) throw new RuleViolation(RuleViolation.InvalidTransition, $"{Name} was retired on {RetiredOn:yyyy-MM-dd}.", "id");
        if (openPanels.Count > 0)
            throw new RuleViolation(RuleViolation.InvalidTransition,
                $"{Name} sits on the open panel of {string.Join(", ", openPanels)}; retire the expert after the panel concludes.", "id");
        _isActive = false;
        _retiredOn = on;
    }

    /// <summary>Brings a retired expert back into the pool.</summary>
    public void Reinstate()
    {
        if (IsActive) throw new RuleViolation(RuleViolation.InvalidTransition, $"{Name} is active in the pool.", "id");
        _isActive = true;
        _retiredOn = null;
    }

    /// <summary>The employer was merged into another department, which the expert now works for.</summary>
    internal void TransferAffiliation(Guid departmentId) => _affiliationDepartmentId = departmentId;

    /// <summary>The expert declares a conflict of interest with a department, once, with its nature;
    /// the expert is then never drawn for, nor accepts, that department's projects.</summary>
    public ExpertConflict DeclareConflict(Guid departmentId, string reason, bool alreadyDeclared, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new RuleViolation(RuleViolation.Validation, "State the nature of the conflict.", "reason");
        if (alreadyDeclared) throw new RuleViolation(RuleViolation.Validation, "This conflict is already declared.", "departmentCode");
        return new ExpertConflict { ExpertId = Id, DepartmentId = departmentId, Reason = reason.Trim(), DeclaredOn = today };
    }
}
