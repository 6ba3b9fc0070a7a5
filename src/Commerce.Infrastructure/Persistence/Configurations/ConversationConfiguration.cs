using Commerce.Domain.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.SenderId).HasMaxLength(128).IsRequired();
        builder.HasIndex(c => new { c.Channel, c.SenderId }).IsUnique();
        builder.HasIndex(c => c.ShopperId);
        builder.Property(c => c.MarketingToken).HasMaxLength(512);
        builder.Property(c => c.Language).HasMaxLength(2).IsRequired();
        builder.Property(c => c.LastShownProductIds).HasColumnType("uuid[]");
        builder.Property(c => c.Version).HasColumnName("xmin").IsRowVersion();
    }
}
