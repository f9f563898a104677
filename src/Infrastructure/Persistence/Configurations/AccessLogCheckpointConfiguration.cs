using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class AccessLogCheckpointConfiguration : IEntityTypeConfiguration<AccessLogCheckpoint>
{
    public void Configure(EntityTypeBuilder<AccessLogCheckpoint> builder)
    {
        builder.HasOne<DataResource>().WithMany().HasForeignKey(c => c.ResourceId).OnDelete(DeleteBehavior.Restrict);
        // One checkpoint per chain position: two instances signing the same head at once, the second is refused.
        builder.HasIndex(c => new { c.ResourceId, c.Sequence }).IsUnique();
        builder.Property(c => c.Hash).HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.KeyId).HasMaxLength(16);
        builder.Property(c => c.Signature).HasMaxLength(200);
    }
}

internal sealed class CheckpointKeyConfiguration : IEntityTypeConfiguration<CheckpointKey>
{
    public void Configure(EntityTypeBuilder<CheckpointKey> builder)
    {
        builder.Property(k => k.KeyId).HasMaxLength(16);
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.PublicKeyPem).HasMaxLength(1000);
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(4000);
    }
}
