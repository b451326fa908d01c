using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace CoopPortal.Application.Registry.Import;

/// <summary>The header and rows of a CSV file, and the rows whose quoting could not be read.</summary>
internal sealed record CsvTable(string[] Header, IReadOnlyList<CsvRow> Rows, IReadOnlyList<ImportError> Problems)
{
    /// <summary>
    /// Reads UTF-8 bytes (with or without BOM; invalid UTF-8 is refused) as RFC 4180 CSV with CsvHelper: comma
    /// separated, quoted fields may hold commas, doubled quotes and line breaks; empty lines are skipped; spaces around
    /// cells are trimmed. A row with broken quoting is skipped and reported. Rows are numbered by the line they start on.
    /// </summary>
    public static CsvTable Read(byte[] bytes, out string? fileProblem)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        fileProblem = null;
        var preamble = Encoding.UTF8.Preamble;
        var content = bytes.AsMemory(bytes.AsSpan().StartsWith(preamble) ? preamble.Length : 0);
        if (!Utf8.IsValid(content.Span))
        {
            fileProblem = ImportFileMessages.NotUtf8;
            return new CsvTable([], [], []);
        }

        var problems = new List<ImportError>();
        using var reader = CsvReader.Create(content, Options(problems.Add));
        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i) ?? string.Empty;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(new CsvRow((int)reader.LineNumber, cells));
        }

        var header = reader.Headers.ToArray();
        if (header.All(string.IsNullOrWhiteSpace))
        {
            fileProblem = ImportFileMessages.Empty;
        }
        else if (rows.Count == 0 && problems.Count == 0)
        {
            fileProblem = ImportFileMessages.HeaderOnly;
        }

        return new CsvTable(header, rows, problems);
    }

    /// <summary>
    /// The reader's settings for every import file: comma separated, RFC 4180 quoting, empty lines skipped, cells trimmed,
    /// rows numbered by the line they start on; a row with broken quoting is skipped and handed to <paramref name="malformed"/>.
    /// </summary>
    internal static CsvReaderOptions Options(Action<ImportError> malformed) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        OnMalformedRecord = record => malformed(new ImportError((int)record.LineNumber, null, ImportFileMessages.BadQuoting)),
    };
}
