namespace InfoGov.Domain.Projects;

public sealed partial class Project
{
    /// <summary>
    /// Revises a draft or an application returned for revision. The whole result is checked before
    /// anything changes, so a refused edit leaves the project as it was. Returns the names of the
    /// input fields that changed (empty when the edit changes nothing).
    /// </summary>
    public IReadOnlyList<string> ReviseApplication(ProjectApplicationEdit edit)
    {
        ProjectApplicationRules.EnsureEditable(this);
        var name = edit.Name?.Trim() ?? Name;
        var plan = CurrentPlan with
        {
            Scope = edit.Scope?.Trim() ?? CurrentPlan.Scope,
            Budget = edit.Budget ?? CurrentPlan.Budget,
            StartOn = edit.StartOn ?? CurrentPlan.StartOn,
            DueOn = edit.DueOn ?? CurrentPlan.DueOn,
        };
        ProjectApplicationRules.Check(name, plan);

        var changed = new List<string>();
        void Note(bool differs, string field, Action apply)
        {
            if (!differs) return;
            apply();
            changed.Add(field);
        }
        Note(name != Name, "name", () => _name = name);
        Note(edit.NameEn is { } nameEn && nameEn.Trim() != (NameEn ?? ""), "nameEn", () => _nameEn = edit.NameEn!.Trim());
        Note(edit.Description is { } description && description.Trim() != (Description ?? ""), "description", () => _description = edit.Description!.Trim());
        Note(edit.Level is { } level && level != Level, "level", () => _level = edit.Level!.Value);
        Note(edit.IsCrossDepartment is { } cross && cross != IsCrossDepartment, "isCrossDepartment", () => _isCrossDepartment = edit.IsCrossDepartment!.Value);
        Note(edit.FeasibilityStudyReference is { } reference && reference.Trim() != (FeasibilityStudyReference ?? ""), "feasibilityStudyReference",
            () => _feasibilityStudyReference = edit.FeasibilityStudyReference!.Trim());
        Note(edit.ChangesProgramme && edit.ProgrammeId != ProgrammeId, "programmeCode", () => _programmeId = edit.ProgrammeId);
        Note(plan != CurrentPlan, "plan", () => _currentPlan = plan);
        return changed;
    }
}
