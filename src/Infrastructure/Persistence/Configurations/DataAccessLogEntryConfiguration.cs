using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class DataAccessLogEntryConfiguration : IEntityTypeConfiguration<DataAccessLogEntry>
{
    public void Configure(EntityTypeBuilder<DataAccessLogEntry> builder)
    {
        builder.HasOne<SharingGrant>().WithMany().HasForeignKey(e => e.GrantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DataResource>().WithMany().HasForeignKey(e => e.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InfoGov.Domain.Departments.Department>().WithMany().HasForeignKey(e => e.AccessorDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.GrantId, e.AccessedAt });
        builder.HasIndex(e => new { e.ResourceId, e.Sequence }).IsUnique();
        builder.Property(e => e.RefusalCode).HasMaxLength(40);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.AccessedBy).HasMaxLength(200);
        builder.Property(e => e.Items).HasMaxLength(2000);
        builder.Property(e => e.Purpose).HasMaxLength(1000);
    }
}
