using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>The office's supervision of delivery: its confidence ratings of projects.</summary>
public static class SupervisionMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ProjectGraphType, RateDeliveryConfidenceInputGraphType, RateDeliveryConfidenceInput>("rateDeliveryConfidence", Readers.Office,
            "Rates the office's confidence in the delivery of an approved project not yet accepted (green to red, with why); the rating in force changes and the rating is kept in the project's confidenceHistory. The computed colour is not changed.",
            "The project, its version, the rating and the narrative.", RateAsync);
    }

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
