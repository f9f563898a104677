using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class AccessLogHeadConfiguration : IEntityTypeConfiguration<AccessLogHead>
{
    public void Configure(EntityTypeBuilder<AccessLogHead> builder)
    {
        builder.HasOne<DataResource>().WithMany().HasForeignKey(h => h.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.ResourceId).IsUnique();
        builder.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
    }
}
