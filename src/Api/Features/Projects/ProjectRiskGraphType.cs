using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectRiskGraphType : ObjectGraphType<ProjectRisk>
{
    public ProjectRiskGraphType()
    {
        Name = "ProjectRisk";
        Description = "A risk or issue of a project's register: what could go wrong, who owns it, how likely and how bad, what is done about it; escalated to the office when the department cannot handle it.";
        this.IsNode();
        Field(r => r.Number).Description("1 for the project's first risk, then 2, 3...");
        Field(r => r.Title).Description("What could go wrong (or has).");
        Field(r => r.Owner).Description("The person who answers for it.");
        Field(r => r.Likelihood).Description("How likely, 1 (rare) to 5 (almost certain).");
        Field(r => r.Impact).Description("How bad, 1 (negligible) to 5 (severe).");
        Field(r => r.Score).Description("Likelihood times impact, 1 to 25.");
        Field(r => r.Severity, type: typeof(NonNullGraphType<RiskSeverityGraphType>)).Description("HIGH from a score of 15, MEDIUM from 8, LOW below.");
        Field(r => r.Mitigation).Description("What is done about it.");
        Field(r => r.Status, type: typeof(NonNullGraphType<RiskStatusGraphType>)).Description("Open, or closed with a note.");
        Field(r => r.RaisedAt).Description("When it was entered in the register.");
        Field(r => r.RaisedBy).Description("Who entered it.");
        Field(r => r.IsEscalated).Description("True once the department escalated it to the office.");
        Field(r => r.EscalatedAt, nullable: true).Description("When it was escalated; null if it was not.");
        Field(r => r.EscalationReason, nullable: true).Description("What the department needs from the office.");
        Field(r => r.ClosedAt, nullable: true).Description("When it was closed; null while open.");
        Field(r => r.ClosingNote, nullable: true).Description("Why it was closed.");
        Field(r => r.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}

public sealed class RiskStatusGraphType() : DescribedEnumGraphType<RiskStatus>(
    "Where a risk of the register stands.",
    new Dictionary<RiskStatus, string>
    {
        [RiskStatus.Open] = "Being managed.",
        [RiskStatus.Closed] = "Closed with a note: it did not happen, or was dealt with.",
    });

public sealed class RiskSeverityGraphType() : DescribedEnumGraphType<RiskSeverity>(
    "How serious a risk is, from its score (likelihood times impact).",
    new Dictionary<RiskSeverity, string>
    {
        [RiskSeverity.Low] = "A score below 8.",
        [RiskSeverity.Medium] = "A score from 8 to 14.",
        [RiskSeverity.High] = "A score of 15 or more.",
    });
