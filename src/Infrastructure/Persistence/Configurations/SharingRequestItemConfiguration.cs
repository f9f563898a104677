using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class SharingRequestItemConfiguration : IEntityTypeConfiguration<SharingRequestItem>
{
    public void Configure(EntityTypeBuilder<SharingRequestItem> builder)
    {
        builder.HasKey(i => new { i.RequestId, i.DataItemId });
        builder.HasOne<SharingRequest>().WithMany().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DataItem>().WithMany().HasForeignKey(i => i.DataItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
