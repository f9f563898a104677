using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Operations;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Assessments;
using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Assessments;

/// <summary>The office runs a year's assessment, scores what needs a human judgement, and publishes.</summary>
public static class AssessmentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<AssessmentYearGraphType, AssessmentYearInputGraphType, AssessmentYearInput>("runAssessment", Readers.Office,
            "Computes a year's assessment of every department from the record (delivery, acceptance, cost, sharing, uptime, repairs), keeping the office's scores of the other indicators; an indicator with nothing to measure is left unscored. Repeatable until published.",
            "The year.", RunAsync);
        mutation.Mutation<IndicatorResultGraphType, ScoreIndicatorInputGraphType, ScoreIndicatorInput>("scoreIndicator", Readers.Office,
            "Enters the office's score of an indicator that is not computed (portal disclosure, office automation, training) and rescores the assessment.",
            "The indicator and its actual.", ScoreAsync);
        mutation.Mutation<AssessmentYearGraphType, AssessmentYearInputGraphType, AssessmentYearInput>("publishAssessments", Readers.Office,
            "Publishes a year's results: government users and dashboards may then read scores, ranks and grades; they are final.",
            "The year.", PublishAsync);
    }

    private static Task<Payload> RunAsync(IResolveFieldContext ctx, AssessmentYearInput input)
    {
        var (clock, targets) = (ctx.Clock(), ctx.RequestServices!.GetRequiredService<OperationsOptions>().Targets);
        return ctx.Mutations().RunAsync(ctx, nameof(Assessment), null, async (scope, ct) =>
        {
            var year = input.Year;
            if (year < 2000 || year > scope.Today.Year)
                throw new RuleViolation(RuleViolation.Validation, $"Assess a year from 2000 to {scope.Today.Year}.", "year");
            var db = scope.Db;
            var existing = await db.Assessments.Where(a => a.Year == year).ToListAsync(ct);
            foreach (var assessment in existing) assessment.EnsureOpen();
            var existingIds = existing.Select(a => a.Id).ToList();
            var previous = await db.IndicatorResults.Where(r => existingIds.Contains(r.AssessmentId)).ToListAsync(ct);
            db.IndicatorResults.RemoveRange(previous);

            var record = await AssessmentRecord.LoadAsync(db, ct);
            var (from, to) = (clock.StartOf(new DateOnly(year, 1, 1)), clock.StartOf(new DateOnly(year + 1, 1, 1)));
            var departments = await db.Departments.AsNoTracking().Where(d => d.Kind != DepartmentKind.CommitteeOffice).OrderBy(d => d.Code).ToListAsync(ct);
            var assessments = new List<Assessment>();
            foreach (var department in departments)
            {
                var assessment = existing.FirstOrDefault(a => a.DepartmentId == department.Id);
                if (assessment is null)
                {
                    assessment = new Assessment { Year = year, DepartmentId = department.Id };
                    db.Assessments.Add(assessment);
                }
                var results = AssessmentRun.Compute(assessment, record.Of(department.Id), previous.Where(p => p.AssessmentId == assessment.Id).ToList(), from, to, scope.Now, targets);
                db.IndicatorResults.AddRange(results);
                assessments.Add(assessment);
            }
            AssessmentRun.Rank(assessments);
            var unscored = assessments.Count(a => a.Score is null);
            return new MutationRunner.Change(new AssessmentYear(year, assessments), assessments[0],
                $"Ran the {year} assessment of {assessments.Count} departments ({unscored} without a score).");
        });
    }

    private static Task<Payload> ScoreAsync(IResolveFieldContext ctx, ScoreIndicatorInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(IndicatorResult), MutationContextExtensions.TargetId(input.IndicatorId, nameof(IndicatorResult)), async (scope, ct) =>
        {
            var result = await scope.FindAsync<IndicatorResult>(input.IndicatorId, "indicatorId", ct);
            var assessment = await scope.Db.Assessments.SingleAsync(a => a.Id == result.AssessmentId, ct);
            assessment.EnsureOpen();
            result.Enter(input.Actual);
            assessment.ScoreFrom(await scope.Db.IndicatorResults.Where(r => r.AssessmentId == assessment.Id).ToListAsync(ct));
            AssessmentRun.Rank(await scope.Db.Assessments.Where(a => a.Year == assessment.Year).ToListAsync(ct));
            return new MutationRunner.Change(result, result, $"Scored {result.Indicator} of the {assessment.Year} assessment: {input.Actual:0.####}.");
        });

    private static Task<Payload> PublishAsync(IResolveFieldContext ctx, AssessmentYearInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(Assessment), null, async (scope, ct) =>
        {
            var assessments = await scope.Db.Assessments.Where(a => a.Year == input.Year).ToListAsync(ct);
            if (assessments.Count == 0)
                throw new MutationRefusal(new UserError(UserError.NotFound, $"No assessment of {input.Year} was run.", "year"));
            Assessment.Publish(assessments);
            return new MutationRunner.Change(new AssessmentYear(input.Year, assessments), assessments[0], $"Published the {input.Year} assessment.");
        });
}
