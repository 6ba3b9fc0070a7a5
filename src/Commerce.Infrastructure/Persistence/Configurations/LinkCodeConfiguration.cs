using Commerce.Application.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class LinkCodeConfiguration : IEntityTypeConfiguration<LinkCode>
{
    public void Configure(EntityTypeBuilder<LinkCode> builder)
    {
        builder.ToTable("LinkCodes");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.CodeHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => l.CodeHash).IsUnique();
        builder.HasIndex(l => l.ConversationId);
        builder.HasIndex(l => l.ExpiresAt);
    }
}
