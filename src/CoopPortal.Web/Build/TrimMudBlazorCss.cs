// Trims MudBlazor's stylesheet to the parts the portal can show (issue 17, point 5; docs/decisions/0020). Compiled by
// MSBuild's RoslynCodeTaskFactory at build time (CoopPortal.Web.csproj, target TrimMudBlazorCss), so it is written in the
// C# that factory accepts (7.3, .NET Standard 2.0): no nullable annotations, no newer syntax. The unit tests compile the
// trimmer itself (CSS_TRIMMER_TESTS leaves the MSBuild task out).
#if CSS_TRIMMER_TESTS
#nullable disable
#endif
// The APIs these analyzers suggest are not in .NET Standard 2.0, which MSBuild compiles this file against.
#pragma warning disable CA1865, CA1866, CA2249, CA1510, CA1847, CA1307, CA1309, CA1310
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CoopPortal.Build
{
    /// <summary>
    /// Drops the rules of a stylesheet whose selectors need a class that no page can carry. A selector is dropped when
    /// any class it requires is dropped (classes inside a functional pseudo-class such as <c>:not(.x)</c> do not count:
    /// the selector can match without them); a rule is dropped when all its selectors are; at-rules that hold rules
    /// (<c>@media</c>, <c>@supports</c>, <c>@container</c>, <c>@layer</c>) keep what is left of them; every other at-rule
    /// (<c>@keyframes</c>, <c>@font-face</c>, <c>@property</c>) stays whole.
    /// </summary>
    public static class CssTrimmer
    {
        /// <param name="droppedSelectors">Receives each selector left out, when given.</param>
        public static string Trim(string css, Func<string, bool> isDropped, ICollection<string> droppedSelectors = null)
        {
            if (css == null) throw new ArgumentNullException(nameof(css));
            if (isDropped == null) throw new ArgumentNullException(nameof(isDropped));
            var output = new StringBuilder(css.Length);
            TrimBlock(css, 0, css.Length, isDropped, droppedSelectors ?? new List<string>(), output);
            return output.ToString();
        }

        /// <summary>The class names a stylesheet's selectors require (keyframe names and declarations are not read).</summary>
        public static ISet<string> ClassesOf(string css)
        {
            var classes = new HashSet<string>(StringComparer.Ordinal);
            // A walk that drops nothing and notes every class a selector requires.
            Trim(css, name =>
            {
                classes.Add(name);
                return false;
            });
            return classes;
        }

        /// <summary>The classes a selector requires (not those inside a functional pseudo-class).</summary>
        public static IList<string> RequiredClasses(string selector)
        {
            var classes = new List<string>();
            var depth = 0;
            for (var i = 0; i < selector.Length; i++)
            {
                var c = selector[i];
                if (c == '\\') { i++; continue; }
                if (c == '"' || c == '\'') { i = SkipString(selector, i); continue; }
                if (c == '[') { i = SkipUntil(selector, i, ']'); continue; }
                if (c == '(') { depth++; continue; }
                if (c == ')') { depth--; continue; }
                if (c == '.' && depth == 0)
                {
                    var start = i + 1;
                    var end = start;
                    while (end < selector.Length && IsNameChar(selector[end])) end++;
                    if (end > start) classes.Add(selector.Substring(start, end - start));
                    i = end - 1;
                }
            }

            return classes;
        }

        private static void TrimBlock(string css, int start, int end, Func<string, bool> isDropped, ICollection<string> dropped, StringBuilder output)
        {
            var i = start;
            while (i < end)
            {
                var preludeStart = i;
                var open = FindTopLevel(css, i, end, out var stop);
                if (open < 0)
                {
                    // A statement without a block (@charset, @import) or the trailing text.
                    var text = css.Substring(preludeStart, Math.Min(stop + 1, end) - preludeStart);
                    if (text.Trim().Length > 0) output.Append(text);
                    i = stop + 1;
                    continue;
                }

                var close = MatchingBrace(css, open, end);
                var prelude = css.Substring(preludeStart, open - preludeStart).Trim();
                if (prelude.StartsWith("@", StringComparison.Ordinal))
                {
                    if (HoldsRules(prelude))
                    {
                        var inner = new StringBuilder();
                        TrimBlock(css, open + 1, close, isDropped, dropped, inner);
                        if (inner.Length > 0) output.Append(prelude).Append('{').Append(inner).Append('}');
                    }
                    else
                    {
                        output.Append(css, preludeStart, close + 1 - preludeStart);
                    }
                }
                else
                {
                    var kept = new List<string>();
                    foreach (var selector in SplitTopLevel(prelude))
                    {
                        if (RequiredClasses(selector).Any(isDropped)) dropped.Add(selector.Trim());
                        else kept.Add(selector);
                    }

                    if (kept.Count > 0) output.Append(string.Join(",", kept)).Append(css, open, close + 1 - open);
                }

                i = close + 1;
            }
        }

        private static bool HoldsRules(string prelude) =>
            prelude.StartsWith("@media", StringComparison.OrdinalIgnoreCase)
            || prelude.StartsWith("@supports", StringComparison.OrdinalIgnoreCase)
            || prelude.StartsWith("@container", StringComparison.OrdinalIgnoreCase)
            || prelude.StartsWith("@layer", StringComparison.OrdinalIgnoreCase);

        /// <summary>The next '{' outside strings and parentheses; -1 when a ';' (or the end) comes first.</summary>
        private static int FindTopLevel(string css, int start, int end, out int stop)
        {
            var depth = 0;
            for (var i = start; i < end; i++)
            {
                var c = css[i];
                if (c == '\\') { i++; continue; }
                if (c == '"' || c == '\'') { i = SkipString(css, i); continue; }
                if (c == '(') depth++;
                else if (c == ')') depth--;
                else if (depth == 0 && c == '{') { stop = i; return i; }
                else if (depth == 0 && c == ';') { stop = i; return -1; }
            }

            stop = end;
            return -1;
        }

        private static int MatchingBrace(string css, int open, int end)
        {
            var depth = 0;
            for (var i = open; i < end; i++)
            {
                var c = css[i];
                if (c == '\\') { i++; continue; }
                if (c == '"' || c == '\'') { i = SkipString(css, i); continue; }
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return i;
            }

            throw new FormatException("An unclosed block at " + open.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        private static IEnumerable<string> SplitTopLevel(string prelude)
        {
            var depth = 0;
            var start = 0;
            for (var i = 0; i < prelude.Length; i++)
            {
                var c = prelude[i];
                if (c == '\\') { i++; continue; }
                if (c == '"' || c == '\'') { i = SkipString(prelude, i); continue; }
                if (c == '(' || c == '[') depth++;
                else if (c == ')' || c == ']') depth--;
                else if (c == ',' && depth == 0)
                {
                    yield return prelude.Substring(start, i - start);
                    start = i + 1;
                }
            }

            yield return prelude.Substring(start);
        }

        private static int SkipString(string text, int quote)
        {
            for (var i = quote + 1; i < text.Length; i++)
            {
                if (text[i] == '\\') { i++; continue; }
                if (text[i] == text[quote]) return i;
            }

            return text.Length - 1;
        }

        private static int SkipUntil(string text, int start, char end)
        {
            var i = text.IndexOf(end, start);
            return i < 0 ? text.Length - 1 : i;
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';
    }

    /// <summary>
    /// Which classes of MudBlazor's stylesheet no page of the portal can carry: a utility class (spacing, display,
    /// flex, colours...) that neither the portal's sources nor MudBlazor's own code names, and every class of a
    /// MudBlazor component the portal does not use (the list in Build/mudblazor-unused.txt).
    /// </summary>
    public sealed class MudBlazorClassPolicy
    {
        private static readonly Regex Token = new Regex("[A-Za-z][A-Za-z0-9_-]*", RegexOptions.Compiled);

        private static readonly Regex Utility = new Regex(
            "^(?:[mp][trblsexya]?-|(?:gap|d|flex|align|justify|order|rounded|border|text|overflow|cursor|z|w|h|object|sticky|shades|lighten|darken|accent)-|(?:red|pink|purple|deep-purple|indigo|blue|light-blue|cyan|teal|green|light-green|lime|yellow|amber|orange|deep-orange|brown|gray|blue-gray|white|black)(?:$|-))",
            RegexOptions.Compiled);

        private readonly HashSet<string> _known = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _knownPrefixes = new List<string>();
        private readonly List<string> _unusedComponents;

        /// <param name="unusedComponents">
        /// Class prefixes of MudBlazor components the portal does not use (mud-slider...), and parts of a class name
        /// between hyphens for what no component of the portal shows (-dark-: the dark colour).
        /// </param>
        public MudBlazorClassPolicy(IEnumerable<string> unusedComponents)
        {
            var lines = unusedComponents.ToList();
            _unusedComponents = lines.Where(line => !line.StartsWith("!", StringComparison.Ordinal)).ToList();
            _kept = new HashSet<string>(lines.Where(line => line.StartsWith("!", StringComparison.Ordinal)).Select(line => line.Substring(1)), StringComparer.Ordinal);
        }

        /// <summary>Classes a line of the list would leave out but a component the portal uses needs ('!' lines).</summary>
        private readonly HashSet<string> _kept;

        /// <summary>Learns the words a source names: each may be a class, one ending in '-' the start of a built one.</summary>
        public void Learn(string text)
        {
            foreach (Match match in Token.Matches(text))
            {
                if (match.Value.EndsWith("-", StringComparison.Ordinal))
                {
                    if (_known.Add(match.Value)) _knownPrefixes.Add(match.Value);
                }
                else
                {
                    _known.Add(match.Value);
                }
            }
        }

        /// <summary>Learns the string literals of a .NET assembly (UTF-16 in its metadata).</summary>
        public void LearnAssembly(byte[] assembly)
        {
            for (var offset = 0; offset < 2; offset++)
            {
                Learn(Encoding.Unicode.GetString(assembly, offset, assembly.Length - offset));
            }
        }

        public bool IsDropped(string name)
        {
            if (name.StartsWith("mud-", StringComparison.Ordinal))
            {
                if (_kept.Contains(name)) return false;
                var segments = name + "-";
                return _unusedComponents.Any(prefix => prefix.StartsWith("-", StringComparison.Ordinal)
                    ? segments.IndexOf(prefix, StringComparison.Ordinal) >= 0
                    : name == prefix || name.StartsWith(prefix + "-", StringComparison.Ordinal));
            }

            return Utility.IsMatch(name)
                && !_known.Contains(name)
                && !_knownPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));
        }

        /// <summary>Reads the unused-components list: one prefix a line, '#' starts a comment.</summary>
        public static IEnumerable<string> ReadList(string text) =>
            text.Split('\n')
                .Select(line => (line.IndexOf('#') >= 0 ? line.Substring(0, line.IndexOf('#')) : line).Trim())
                .Where(line => line.Length > 0);
    }
}

#if !CSS_TRIMMER_TESTS
/// <summary>The MSBuild task: MudBlazor's stylesheet in, the portal's out, and the list of the classes it dropped.</summary>
public class TrimMudBlazorCss : Microsoft.Build.Utilities.Task
{
    [Microsoft.Build.Framework.Required] public string Stylesheet { get; set; }
    [Microsoft.Build.Framework.Required] public string Assembly { get; set; }
    [Microsoft.Build.Framework.Required] public string Script { get; set; }
    [Microsoft.Build.Framework.Required] public string UnusedComponents { get; set; }
    [Microsoft.Build.Framework.Required] public Microsoft.Build.Framework.ITaskItem[] Sources { get; set; }
    [Microsoft.Build.Framework.Required] public string Output { get; set; }
    [Microsoft.Build.Framework.Required] public string DroppedSelectors { get; set; }

    public override bool Execute()
    {
        var policy = new CoopPortal.Build.MudBlazorClassPolicy(
            CoopPortal.Build.MudBlazorClassPolicy.ReadList(File.ReadAllText(UnusedComponents)));
        policy.LearnAssembly(File.ReadAllBytes(Assembly));
        policy.Learn(File.ReadAllText(Script));
        foreach (var source in Sources)
        {
            policy.Learn(File.ReadAllText(source.ItemSpec));
        }

        var css = File.ReadAllText(Stylesheet);
        var dropped = new List<string>();
        var trimmed = CoopPortal.Build.CssTrimmer.Trim(css, policy.IsDropped, dropped);
        Directory.CreateDirectory(Path.GetDirectoryName(Output));
        Directory.CreateDirectory(Path.GetDirectoryName(DroppedSelectors));
        File.WriteAllText(Output, trimmed);
        File.WriteAllLines(DroppedSelectors, dropped.Distinct(StringComparer.Ordinal));
        Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal,
            "MudBlazor.min.css: " + css.Length + " → " + trimmed.Length + " characters");
        return true;
    }
}
#endif
