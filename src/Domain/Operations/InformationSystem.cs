using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Domain.Operations;

/// <summary>
/// An information system in operation: owned by a department, often built by one of its projects,
/// run by an operator department (the information centre for shared infrastructure) or by the owner
/// itself. Registered directly, or created when the project that built it passes acceptance.
/// </summary>
public sealed class InformationSystem : VersionedEntity, IBelongsToDepartment, ISharedByDepartments
{
    public const int MaxNameLength = 200;

    Guid IBelongsToDepartment.DepartmentId => OwnerDepartmentId;

    IReadOnlyCollection<Guid> ISharedByDepartments.DepartmentIds => OperatorDepartmentId is { } op ? [OwnerDepartmentId, op] : [OwnerDepartmentId];

    public required string Code { get; init; }
    public required string Name { get; init; }
    public required Guid OwnerDepartmentId { get => _ownerDepartmentId; init => _ownerDepartmentId = value; }
    private Guid _ownerDepartmentId;
    /// <summary>The department that runs it, when not the owner (the information centre for the cloud and the machine room).</summary>
    public Guid? OperatorDepartmentId { get => _operatorDepartmentId; init => _operatorDepartmentId = value; }
    private Guid? _operatorDepartmentId;

    /// <summary>A department that owns or runs the system was merged into another, which takes its place.</summary>
    internal void TransferTo(Guid from, Guid to)
    {
        if (_ownerDepartmentId == from) _ownerDepartmentId = to;
        if (_operatorDepartmentId == from) _operatorDepartmentId = to == _ownerDepartmentId ? null : to;
    }
    /// <summary>Who operates it day to day: a team or a vendor.</summary>
    public string? Operator { get; init; }
    public Guid? ProjectId { get; init; }
    public required Hosting Hosting { get; init; }
    /// <summary>Classified cyber-security protection level (等级保护), 1 to 5.</summary>
    public required int ProtectionLevel { get; init; }
    public SystemStatus Status { get; private set; } = SystemStatus.InOperation;
    public DateOnly? GoLiveOn { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }

    public static InformationSystem Register(string code, string name, Guid ownerDepartmentId, Guid? operatorDepartmentId, string? @operator,
        Guid? projectId, Hosting hosting, int protectionLevel, DateOnly? goLiveOn, DateTimeOffset at, Guid id = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxNameLength) throw new RuleViolation(RuleViolation.Validation, $"A system has a name of 1 to {MaxNameLength} characters.", "name");
        if (protectionLevel is < 1 or > 5) throw new RuleViolation(RuleViolation.Validation, "The protection level is 1 to 5.", "protectionLevel");
        return new InformationSystem
        {
            Id = id,
            Code = code,
            Name = name,
            OwnerDepartmentId = ownerDepartmentId,
            OperatorDepartmentId = operatorDepartmentId == ownerDepartmentId ? null : operatorDepartmentId,
            Operator = @operator?.Trim(),
            ProjectId = projectId,
            Hosting = hosting,
            ProtectionLevel = protectionLevel,
            GoLiveOn = goLiveOn,
            RegisteredAt = at,
        };
    }

    /// <summary>The system a project built, registered when the project passes acceptance: owned and, until
    /// someone says otherwise, run by the project's department, at protection level 2.</summary>
    public static InformationSystem BuiltBy(Project project, string code, DateOnly acceptedOn, DateTimeOffset at, Guid id = default, Guid? operatorDepartmentId = null) =>
        Register(code, project.Name, project.OwnerDepartmentId, operatorDepartmentId, null, project.Id, Hosting.GovernmentCloud, 2, acceptedOn, at, id);

    public void Retire()
    {
        if (Status == SystemStatus.Retired) throw new RuleViolation(RuleViolation.InvalidTransition, "The system is retired already.");
        Status = SystemStatus.Retired;
    }
}
