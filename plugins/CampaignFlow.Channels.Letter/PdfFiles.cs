namespace CampaignFlow.Channels.Letter;

/// <summary>Writes a file under a temporary name and renames it into place, so readers never see half a PDF.</summary>
internal static class PdfFiles
{
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
