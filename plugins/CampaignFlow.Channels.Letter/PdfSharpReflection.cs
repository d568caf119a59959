using System.Reflection;
using PdfSharp.Pdf;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// PDFsharp creates its PDF objects (dictionaries, arrays, resources) through reflection. The runtime holds a type's
/// reflection cache weakly, so after every full garbage collection it would build those members again and emit their
/// invoke stubs anew: thousands of JIT compilations in a 10,000-letter run. Holding PDFsharp's members keeps the caches.
/// </summary>
internal static class PdfSharpReflection
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static MemberInfo[][]? _members;

    public static void KeepAlive() =>
        _members ??= typeof(PdfDocument).Assembly.GetTypes().Select(type => type.GetMembers(All)).ToArray();
}
