namespace InfoGov.Domain.Projects;

/// <summary>Changes to an application still being drafted or revised: each null leaves that part as it is.
/// <see cref="ProgrammeId"/> is applied only when <see cref="ChangesProgramme"/> is set (null then detaches it).</summary>
public sealed record ProjectApplicationEdit
{
    public string? Name { get; init; }
    public string? NameEn { get; init; }
    public string? Description { get; init; }
    public ProjectLevel? Level { get; init; }
    public bool? IsCrossDepartment { get; init; }
    public string? FeasibilityStudyReference { get; init; }
    public bool ChangesProgramme { get; init; }
    public Guid? ProgrammeId { get; init; }
    public string? Scope { get; init; }
    public Common.Money? Budget { get; init; }
    public DateOnly? StartOn { get; init; }
    public DateOnly? DueOn { get; init; }
}
