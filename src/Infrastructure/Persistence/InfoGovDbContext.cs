using InfoGov.Domain.Assessments;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Integration;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>
/// The unit of work over the whole InfoGov model. Each provider has a derived context
/// (<see cref="SqliteInfoGovDbContext"/>, <see cref="SqlServerInfoGovDbContext"/>,
/// <see cref="PostgreSqlInfoGovDbContext"/>) so that each keeps its own migrations set. Add a
/// migration to all three, from the repository root:
/// <code>
/// dotnet ef migrations add &lt;Name&gt; --project src/Infrastructure --startup-project src/Infrastructure --context SqliteInfoGovDbContext --output-dir Persistence/Migrations/Sqlite
/// dotnet ef migrations add &lt;Name&gt; --project src/Infrastructure --startup-project src/Infrastructure --context SqlServerInfoGovDbContext --output-dir Persistence/Migrations/SqlServer
/// dotnet ef migrations add &lt;Name&gt; --project src/Infrastructure --startup-project src/Infrastructure --context PostgreSqlInfoGovDbContext --output-dir Persistence/Migrations/PostgreSql
/// </code>
/// </summary>
public abstract class InfoGovDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core data-protection keys, kept with the data they protect (webhook secrets), so
    /// that every instance and every restart can read what another wrote.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<ResponsibilityAssignment> ResponsibilityAssignments => Set<ResponsibilityAssignment>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<FulfilmentRecord> FulfilmentRecords => Set<FulfilmentRecord>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectParticipant> ProjectParticipants => Set<ProjectParticipant>();
    public DbSet<ProjectDecision> ProjectDecisions => Set<ProjectDecision>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<ConfidenceRating> ConfidenceRatings => Set<ConfidenceRating>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<TenderExemption> TenderExemptions => Set<TenderExemption>();
    public DbSet<SupervisionReport> SupervisionReports => Set<SupervisionReport>();
    public DbSet<ProjectRisk> ProjectRisks => Set<ProjectRisk>();
    public DbSet<Domain.Supervision.Inspection> Inspections => Set<Domain.Supervision.Inspection>();
    public DbSet<Domain.Supervision.RectificationItem> RectificationItems => Set<Domain.Supervision.RectificationItem>();
    public DbSet<Domain.Supervision.SupervisionNotice> SupervisionNotices => Set<Domain.Supervision.SupervisionNotice>();
    public DbSet<Domain.Supervision.CommitteeMeeting> CommitteeMeetings => Set<Domain.Supervision.CommitteeMeeting>();
    public DbSet<Domain.Supervision.MeetingDecision> MeetingDecisions => Set<Domain.Supervision.MeetingDecision>();
    public DbSet<Domain.Supervision.ActionItem> ActionItems => Set<Domain.Supervision.ActionItem>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<BaselineRevision> BaselineRevisions => Set<BaselineRevision>();
    public DbSet<Expert> Experts => Set<Expert>();
    public DbSet<ExpertConflict> ExpertConflicts => Set<ExpertConflict>();
    public DbSet<ReviewPanel> ReviewPanels => Set<ReviewPanel>();
    public DbSet<PanelMember> PanelMembers => Set<PanelMember>();
    public DbSet<ExpertOpinion> ExpertOpinions => Set<ExpertOpinion>();
    public DbSet<ImplementationPlan> ImplementationPlans => Set<ImplementationPlan>();
    public DbSet<Tender> Tenders => Set<Tender>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Acceptance> Acceptances => Set<Acceptance>();
    public DbSet<AcceptanceOpinion> AcceptanceOpinions => Set<AcceptanceOpinion>();
    public DbSet<PostEvaluation> PostEvaluations => Set<PostEvaluation>();
    public DbSet<SpecialFund> SpecialFunds => Set<SpecialFund>();
    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();
    public DbSet<FundAllocation> FundAllocations => Set<FundAllocation>();
    public DbSet<Expenditure> Expenditures => Set<Expenditure>();
    public DbSet<ConsolidationSaving> ConsolidationSavings => Set<ConsolidationSaving>();
    public DbSet<DataResource> DataResources => Set<DataResource>();
    public DbSet<DataItem> DataItems => Set<DataItem>();
    public DbSet<SharingRequest> SharingRequests => Set<SharingRequest>();
    public DbSet<SharingRequestItem> SharingRequestItems => Set<SharingRequestItem>();
    public DbSet<SharingGrant> SharingGrants => Set<SharingGrant>();
    public DbSet<GrantItem> GrantItems => Set<GrantItem>();
    public DbSet<DataAccessLogEntry> DataAccessLog => Set<DataAccessLogEntry>();
    public DbSet<AccessLogCheckpoint> AccessLogCheckpoints => Set<AccessLogCheckpoint>();
    public DbSet<CheckpointKey> CheckpointKeys => Set<CheckpointKey>();
    public DbSet<AccessLogHead> AccessLogHeads => Set<AccessLogHead>();
    public DbSet<DataDispute> DataDisputes => Set<DataDispute>();
    public DbSet<DataQualityIssue> DataQualityIssues => Set<DataQualityIssue>();
    public DbSet<DataNeed> DataNeeds => Set<DataNeed>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<IndicatorResult> IndicatorResults => Set<IndicatorResult>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TrustedDocument> TrustedDocuments => Set<TrustedDocument>();
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
    public DbSet<ChangeSequence> ChangeSequences => Set<ChangeSequence>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ProjectColourWatch> ProjectColourWatches => Set<ProjectColourWatch>();
    public DbSet<HistoricalVersion> HistoricalVersions => Set<HistoricalVersion>();
    public DbSet<InformationSystem> InformationSystems => Set<InformationSystem>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<BackupRecord> BackupRecords => Set<BackupRecord>();
    public DbSet<MaintenanceWindow> MaintenanceWindows => Set<MaintenanceWindow>();
    public DbSet<EmergencyPlan> EmergencyPlans => Set<EmergencyPlan>();
    public DbSet<EmergencyDrill> EmergencyDrills => Set<EmergencyDrill>();
    public DbSet<SecurityReview> SecurityReviews => Set<SecurityReview>();
    public DbSet<SecurityFinding> SecurityFindings => Set<SecurityFinding>();
    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and safe against reordering members.
        foreach (var enumType in typeof(Entity).Assembly.GetTypes().Where(t => t.IsEnum))
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InfoGovDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(VersionedEntity).IsAssignableFrom(e.ClrType)))
            modelBuilder.Entity(entity.ClrType).Property(nameof(VersionedEntity.Version)).IsConcurrencyToken();
    }
}
