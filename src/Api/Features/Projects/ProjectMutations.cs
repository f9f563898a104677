using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Calendar;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>The application steps of the project lifecycle: draft, edit, submit, cancel.</summary>
public static class ProjectMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectGraphType, CreateProjectDraftInputGraphType, CreateProjectDraftInput>("createProjectDraft", ProjectReaders.ProjectApplicants,
            "Creates an application as a draft of the owning department. Its code is assigned here.",
            "The application.", CreateAsync);
        mutation.Mutation<ProjectGraphType, UpdateProjectDraftInputGraphType, UpdateProjectDraftInput>("updateProjectDraft", ProjectReaders.ProjectApplicants,
            "Edits a draft, or an application returned for revision.",
            "The changes.", UpdateAsync);
        mutation.Mutation<ProjectGraphType, ProjectVersionInputGraphType, ProjectVersionInput>("submitProject", ProjectReaders.ProjectApplicants,
            "Submits the application to the informatization office. Needs the feasibility study reference; the review is due 15 working days later.",
            "The project and its version.", SubmitAsync);
        mutation.Mutation<ProjectGraphType, PublishProjectInputGraphType, PublishProjectInput>("publishProject", ProjectReaders.ProjectPublishers,
            "Publishes an approved project's status to the public portal (anonymous callers and dashboards then see it), or withdraws it.",
            "The project, its version and whether to publish.", PublishAsync);
        mutation.Mutation<ProjectGraphType, ProjectVersionInputGraphType, ProjectVersionInput>("placeProjectOnReserve", Readers.Office,
            "Puts an approved project (not yet under way) that has neither received money from the fund nor spent any on the reserve list, to be promoted from a later fund.",
            "The project and its version.", ReserveAsync);
        mutation.Mutation<ProjectGraphType, CancelProjectInputGraphType, CancelProjectInput>("cancelProject", ProjectReaders.ProjectApplicants,
            "Cancels a project, with a reason, from any state before acceptance.",
            "The project, its version and the reason.", CancelAsync);
    }

    private static Task<Payload> CreateAsync(IResolveFieldContext ctx, CreateProjectDraftInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), null, async (scope, ct) =>
        {
            var department = await scope.DepartmentAsync(input.DepartmentCode, "departmentCode", ct);
            scope.RequireDepartment(department);
            var programme = await ProgrammeAsync(scope, input.ProgrammeCode, ct);
            var project = Draft(input, await NextCodeAsync(scope, ct), department, programme);
            scope.Db.Projects.Add(project);
            return new MutationRunner.Change(project, project, $"Created draft {project.Code} '{project.Name}' of {department.Code}, budget {project.CurrentPlan!.Budget}.");
        });

    /// <summary>A new application as a draft, checked by the application rules: what <c>createProjectDraft</c>
    /// and the project register import both make.</summary>
    internal static Project Draft(CreateProjectDraftInput input, string code, Department department, Programme? programme)
    {
        var plan = new ProjectPlan { Scope = input.Scope.Trim(), Budget = input.Budget.ToMoney("budget"), StartOn = input.StartOn, DueOn = input.DueOn };
        ProjectApplicationRules.Check(input.Name.Trim(), plan);
        return new Project
        {
            Code = code,
            Name = input.Name.Trim(),
            NameEn = input.NameEn?.Trim(),
            Description = input.Description?.Trim(),
            OwnerDepartmentId = department.Id,
            ProgrammeId = programme?.Id,
            Level = input.Level,
            IsCrossDepartment = input.IsCrossDepartment ?? false,
            FundingCategory = input.FundingCategory ?? FundingCategory.Funded,
            FeasibilityStudyReference = input.FeasibilityStudyReference?.Trim(),
            CurrentPlan = plan,
        };
    }

    private static Task<Payload> ReserveAsync(IResolveFieldContext ctx, ProjectVersionInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.Id, "id", ct);
            scope.RequireVersion(project, input.Version);
            project.PlaceOnReserve(await scope.Db.FundAllocations.AnyAsync(a => a.ProjectId == project.Id, ct),
                await scope.Db.Expenditures.AnyAsync(e => e.ProjectId == project.Id, ct));
            return new MutationRunner.Change(project, project, $"Placed {project.Code} on the reserve list.");
        });

    private static Task<Payload> PublishAsync(IResolveFieldContext ctx, PublishProjectInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.Id, "id", ct);
            scope.RequireDepartment(project);
            scope.RequireVersion(project, input.Version);
            project.Publish(input.Published);
            return new MutationRunner.Change(project, project, $"{(input.Published ? "Published" : "Withdrew")} {project.Code} {(input.Published ? "to" : "from")} the public portal.");
        });

    private static Task<Payload> UpdateAsync(IResolveFieldContext ctx, UpdateProjectDraftInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await FindAsync(scope, input.Id, input.Version, ct);
            var programme = input.ProgrammeCode is null ? null : await ProgrammeAsync(scope, input.ProgrammeCode, ct);
            var changed = project.ReviseApplication(new ProjectApplicationEdit
            {
                Name = input.Name,
                NameEn = input.NameEn,
                Description = input.Description,
                Level = input.Level,
                IsCrossDepartment = input.IsCrossDepartment,
                FeasibilityStudyReference = input.FeasibilityStudyReference,
                ChangesProgramme = programme is not null,
                ProgrammeId = programme?.Id,
                Scope = input.Scope,
                Budget = input.Budget?.ToMoney("budget"),
                StartOn = input.StartOn,
                DueOn = input.DueOn,
            });
            return new MutationRunner.Change(project, project,
                changed.Count == 0 ? $"No change to {project.Code}." : $"Changed {string.Join(", ", changed)} of {project.Code}.");
        });

    private static Task<Payload> SubmitAsync(IResolveFieldContext ctx, ProjectVersionInput input)
    {
        return ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await FindAsync(scope, input.Id, input.Version, ct);
            scope.Db.ProjectDecisions.Add(project.Submit(scope.Actor, scope.Now, scope.Today, await scope.CalendarAsync(ct)));
            return new MutationRunner.Change(project, project, $"Submitted {project.Code}; review due {project.ReviewDueOn:yyyy-MM-dd}.");
        });
    }

    private static Task<Payload> CancelAsync(IResolveFieldContext ctx, CancelProjectInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.Id, nameof(Project)), async (scope, ct) =>
        {
            var project = await FindAsync(scope, input.Id, input.Version, ct);
            var from = project.Status;
            scope.Db.ProjectDecisions.Add(project.Cancel(scope.Actor, scope.Now, input.Reason));
            return new MutationRunner.Change(project, project, $"Cancelled {project.Code} (was {from}): {input.Reason.Trim()}");
        });


    /// <summary>The project, after the checks every change to an existing project needs.</summary>
    private static async Task<Project> FindAsync(MutationScope scope, string globalId, int version, CancellationToken ct)
    {
        var project = await scope.FindAsync<Project>(globalId, "id", ct);
        scope.RequireDepartment(project);
        scope.RequireVersion(project, version);
        return project;
    }

    private static async Task<Programme?> ProgrammeAsync(MutationScope scope, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        return await scope.ProgrammeAsync(code, "programmeCode", ct);
    }

    /// <summary>XM-{year}-{number}: one more than the highest number of the year. Writers are
    /// serialized by the transaction; the unique index refuses a duplicate that slips through.</summary>
    private static Task<string> NextCodeAsync(MutationScope scope, CancellationToken ct) =>
        SequentialCodes.NextAsync(scope.Db.Projects.Select(p => p.Code), $"XM-{scope.Today.Year}-", ct);
}
