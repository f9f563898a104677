namespace InfoGov.Domain.Leadership;

/// <summary>The informatization responsibilities a department head holds (DOMAIN.md section 2).</summary>
public enum ResponsibilityKind
{
    LeadPolicyStudy = 1,
    ApproveDevelopmentPlan = 2,
    ApproveAnnualFundBudget = 3,
    DesignateInformationManager = 4,
    ApproveBusinessDevelopmentPlan = 5,
    ApproveInformationResourcePlan = 6,
    ApprovePublicServicePlan = 7,
    DecideMajorProjects = 8,
    SetRulesAndRegulations = 9,
    SetPerformanceEvaluationSystem = 10,
    /// <summary>Responsible for what the department publishes on its portal.</summary>
    PortalContent = 11,
    /// <summary>Investing in and maintaining the department's IT infrastructure.</summary>
    InfrastructureMaintenance = 12,
    /// <summary>Building databases ready to share with other departments.</summary>
    ShareableDatabases = 13,
    StaffTraining = 14,
}
