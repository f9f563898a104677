using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class SharingGrantConfiguration : IEntityTypeConfiguration<SharingGrant>
{
    public void Configure(EntityTypeBuilder<SharingGrant> builder)
    {
        builder.HasOne<SharingRequest>().WithMany().HasForeignKey(g => g.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => g.RequestId).IsUnique();
        builder.HasOne<DataResource>().WithMany().HasForeignKey(g => g.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(g => g.GranteeDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
