using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

public sealed class ResponsibilityKindGraphType() : DescribedEnumGraphType<ResponsibilityKind>(
    "An informatization responsibility of a department's leader.",
    new Dictionary<ResponsibilityKind, string>
    {
        [ResponsibilityKind.LeadPolicyStudy] = "Study national and local informatization policy and lead the department in it.",
        [ResponsibilityKind.ApproveDevelopmentPlan] = "Approve and supervise the multi-year development plan and its implementation plan; report on it upwards.",
        [ResponsibilityKind.ApproveAnnualFundBudget] = "Approve and supervise the annual informatization fund budget and its use.",
        [ResponsibilityKind.DesignateInformationManager] = "Designate the head of information management, define that person's powers and evaluate their work.",
        [ResponsibilityKind.ApproveBusinessDevelopmentPlan] = "Approve the business development plan (fit with business needs, cross-department synergy).",
        [ResponsibilityKind.ApproveInformationResourcePlan] = "Approve what information is disclosed to the public and what is shared across departments.",
        [ResponsibilityKind.ApprovePublicServicePlan] = "Approve the citizen-centred and cross-department public-service plan.",
        [ResponsibilityKind.DecideMajorProjects] = "Decide major projects; sign their contracts or authorise the information manager to sign; coordinate other departments.",
        [ResponsibilityKind.SetRulesAndRegulations] = "Set the department's informatization rules and regulations.",
        [ResponsibilityKind.SetPerformanceEvaluationSystem] = "Set the department's informatization performance-evaluation system.",
        [ResponsibilityKind.PortalContent] = "Answer for what the department publishes on its portal (state secrets, press law, intellectual property).",
        [ResponsibilityKind.InfrastructureMaintenance] = "Invest in and maintain the department's IT infrastructure.",
        [ResponsibilityKind.ShareableDatabases] = "Build the department's databases ready to share with other departments.",
        [ResponsibilityKind.StaffTraining] = "Train the department's staff in informatization.",
    });
