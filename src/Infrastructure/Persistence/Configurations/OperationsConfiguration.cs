using InfoGov.Domain.Departments;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class InformationSystemConfiguration : IEntityTypeConfiguration<InformationSystem>
{
    public void Configure(EntityTypeBuilder<InformationSystem> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(32);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(InformationSystem.MaxNameLength);
        builder.Property(s => s.Operator).HasMaxLength(200);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.OwnerDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.OperatorDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Project>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Restrict);
        // One system per project that built it: acceptance registers it once.
        builder.HasIndex(s => s.ProjectId).IsUnique();
    }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Cause).HasMaxLength(Incident.MaxTextLength);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(i => i.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.SystemId, i.DetectedAt });
        builder.HasIndex(i => i.DetectedAt);
        builder.Ignore(i => i.AffectedSystemIds);
        builder.Ignore(i => i.RepairTime);
    }
}

internal sealed class MaintenanceWindowConfiguration : IEntityTypeConfiguration<MaintenanceWindow>
{
    public void Configure(EntityTypeBuilder<MaintenanceWindow> builder)
    {
        builder.Property(m => m.Description).HasMaxLength(MaintenanceWindow.MaxDescriptionLength);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(m => m.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.SystemId, m.StartsAt });
    }
}

internal sealed class BackupRecordConfiguration : IEntityTypeConfiguration<BackupRecord>
{
    public void Configure(EntityTypeBuilder<BackupRecord> builder)
    {
        builder.Property(b => b.Note).HasMaxLength(500);
        builder.HasOne<InformationSystem>().WithMany().HasForeignKey(b => b.SystemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SystemId, b.PerformedAt });
    }
}
