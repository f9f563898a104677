using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Findings).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(i => i.InspectedBy).HasMaxLength(200);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.DepartmentId);
    }
}

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> builder)
    {
        builder.Property(r => r.Finding).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(r => r.Requirement).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(r => r.Owner).HasMaxLength(200);
        builder.Property(r => r.Answer).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(r => r.ReopenReason).HasMaxLength(Inspection.TextMaxLength);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.InspectionId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.DueOn });
    }
}

internal sealed class SupervisionNoticeConfiguration : IEntityTypeConfiguration<SupervisionNotice>
{
    public void Configure(EntityTypeBuilder<SupervisionNotice> builder)
    {
        builder.Property(n => n.Reason).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(n => n.PublishedBy).HasMaxLength(200);
        builder.HasOne<Department>().WithMany().HasForeignKey(n => n.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Official>().WithMany().HasForeignKey(n => n.OfficialId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.DepartmentId, n.PublishedOn });
    }
}

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(20);
        builder.HasIndex(m => m.Code).IsUnique();
        builder.Property(m => m.Agenda).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(200);
        builder.Ignore(m => m.Quarter);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(Inspection.TextMaxLength);
        builder.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.MeetingId, d.Number }).IsUnique();
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.Property(a => a.Outcome).HasMaxLength(Inspection.TextMaxLength);
        builder.Property(a => a.Progress).HasMaxLength(Inspection.TextMaxLength);
        builder.Ignore(a => a.IsDone);
        builder.HasOne<CommitteeMeeting>().WithMany().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingDecision>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.MeetingId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.DoneOn, a.DueOn });
    }
}
