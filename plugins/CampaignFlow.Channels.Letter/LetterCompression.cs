namespace CampaignFlow.Channels.Letter;

/// <summary>How hard the letter channel's PDFs are compressed: a trade between rendering speed and file size.</summary>
public enum LetterCompression
{
    /// <summary>Fastest rendering, somewhat larger files (the channel's default: compression is most of PDFsharp's time).</summary>
    Fastest,

    /// <summary>PDFsharp's own default.</summary>
    Balanced,

    /// <summary>Smallest files, slowest rendering.</summary>
    Smallest,
}
