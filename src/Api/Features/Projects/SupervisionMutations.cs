using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>Supervision of delivery: the office's confidence ratings of projects, and construction supervisors' reports.</summary>
public static class SupervisionMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectGraphType, RateDeliveryConfidenceInputGraphType, RateDeliveryConfidenceInput>("rateDeliveryConfidence", Readers.Office,
            "Rates the office's confidence in the delivery of an approved project not yet accepted (green to red, with why); the rating in force changes and the rating is kept in the project's confidenceHistory. The computed colour is not changed.",
            "The project, its version, the rating and the narrative.", RateAsync);
        mutation.Mutation<ProjectGraphType, AssignResponsiblePersonInputGraphType, AssignResponsiblePersonInput>("assignResponsiblePerson", ProjectReaders.ProjectApplicants,
            "Names the person who answers for a project (确定专人负责), at any time before it is closed.", "The project, its version and the name.", ResponsibleAsync);
        mutation.Mutation<ProjectGraphType, RecordSupervisionReportInputGraphType, RecordSupervisionReportInput>("recordSupervisionReport", ProjectReaders.ProjectApplicants,
            "Records a construction supervisor's monthly report on a project under way (quality, schedule, issues), as the owning department received it; the supervisor is a registered construction supervisor holding a contract on the project.",
            "The project, the supervisor, the month and the findings.", SupervisionReportAsync);
    }

    private static Task<Payload> ResponsibleAsync(IResolveFieldContext ctx, AssignResponsiblePersonInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireDepartment(project);
            scope.RequireVersion(project, input.Version);
            project.AssignResponsiblePerson(input.Name);
            return new MutationRunner.Change(project, project, $"{project.Code}: {project.ResponsiblePerson} answers for the project.");
        });

    private static Task<Payload> SupervisionReportAsync(IResolveFieldContext ctx, RecordSupervisionReportInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireDepartment(project);
            var supervisor = await scope.FindAsync<Vendor>(input.SupervisorId, "supervisorId", ct);
            var contracted = await scope.Db.Contracts.AnyAsync(c => c.ProjectId == project.Id && c.VendorId == supervisor.Id, ct);
            var reported = await scope.Db.SupervisionReports.AnyAsync(r => r.ProjectId == project.Id && r.SupervisorId == supervisor.Id && r.Month == input.Month, ct);
            scope.Db.SupervisionReports.Add(SupervisionReport.Record(project, supervisor, contracted, input.Month, input.Quality, input.Schedule, input.Issues,
                reported, scope.Today, scope.Actor, scope.Now));
            return new MutationRunner.Change(project, project, $"{supervisor.Name} on {project.Code} {input.Month:yyyy-MM}: quality {input.Quality}, schedule {input.Schedule}.");
        });

    private static Task<Payload> RateAsync(IResolveFieldContext ctx, RateDeliveryConfidenceInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Project), MutationContextExtensions.TargetId(input.ProjectId, nameof(Project)), async (scope, ct) =>
        {
            var project = await scope.FindAsync<Project>(input.ProjectId, "projectId", ct);
            scope.RequireVersion(project, input.Version);
            var given = await scope.Db.ConfidenceRatings.CountAsync(r => r.ProjectId == project.Id, ct);
            scope.Db.ConfidenceRatings.Add(project.RateDeliveryConfidence(input.Rating, input.Narrative, scope.Actor, scope.Now, given));
            return new MutationRunner.Change(project, project, $"Rated the delivery confidence of {project.Code}: {input.Rating}.");
        });
}
