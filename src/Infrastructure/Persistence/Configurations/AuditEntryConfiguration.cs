using InfoGov.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorObjectId).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.Code).HasMaxLength(40);
        builder.Property(a => a.Details).HasMaxLength(4000);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.ActorDepartment).HasMaxLength(32);
        builder.Property(a => a.RoleUsed).HasMaxLength(64);
        builder.Property(a => a.CorrelationId).HasMaxLength(100);
        builder.HasIndex(a => new { a.ActorObjectId, a.OccurredAt });
        builder.HasIndex(a => new { a.Action, a.OccurredAt });
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}
