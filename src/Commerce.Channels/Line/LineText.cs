namespace Commerce.Channels.Line;

/// <summary>LINE's text limits applied through <see cref="ChannelText"/>.</summary>
public static class LineText
{
    /// <summary>A label of 1-<paramref name="max"/> characters: LINE refuses empty ones.</summary>
    public static string Label(string? text, int max = LineCapabilities.MaxLabelLength) => ChannelText.Shorten(text, max) is { Length: > 0 } label ? label : "·";

    /// <inheritdoc cref="ChannelText.Split"/>
    public static IReadOnlyList<string> Split(string? text, int max = LineCapabilities.MaxTextLength) => ChannelText.Split(text, max);
}
