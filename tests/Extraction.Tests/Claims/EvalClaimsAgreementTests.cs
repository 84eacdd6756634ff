using System.Diagnostics;
using System.Text.Json.Nodes;
using Extraction.Cli.Commands;
using Extraction.Cli.Evaluation;

namespace Extraction.Tests.Claims;

public sealed class EvalClaimsAgreementTests
{
    [SharedFact]
    public void Eval_claims_gives_the_figures_of_the_reference_scorer()
    {
        string gold = SharedData.PathOf("eval/dev")!;
        string script = SharedData.PathOf("eval/score.py")!;
        string pred = Directory.CreateTempSubdirectory("extract-claims-test-").FullName;
        try
        {
            List<string> ids = EvalClaimsCommand.Predict(gold, pred, oracleEntities: false);
            ClaimScore ours = ClaimScorer.Score(gold, pred, ids);
            JsonNode? reference = RunPython(script, gold, pred);
            if (reference is null)
            {
                return; // python3 is absent on this machine: nothing to compare with.
            }

            JsonNode claims = reference["claims"]!;
            ours.ClaimP.Should().BeApproximately(claims["p"]!.GetValue<double>(), 1e-9);
            ours.ClaimR.Should().BeApproximately(claims["r"]!.GetValue<double>(), 1e-9);
            ours.ClaimF1.Should().BeApproximately(claims["f1"]!.GetValue<double>(), 1e-9);
            ours.KindAccuracy.Should().BeApproximately(claims["kind_acc"]!.GetValue<double>(), 1e-9);
            ours.CueAccuracy.Should().BeApproximately(claims["cue_acc"]!.GetValue<double>(), 1e-9);
            ours.SpeakerAccuracy.Should().BeApproximately(claims["speaker_acc"]!.GetValue<double>(), 1e-9);
            ours.AttributionF1.Should().BeApproximately(claims["attribution_f1"]!.GetValue<double>(), 1e-9);
            ours.SpeakerResolvedAccuracy.Should().BeApproximately(claims["speaker_resolved_acc"]!.GetValue<double>(), 1e-9);
            ours.AttributionResolvedF1.Should().BeApproximately(claims["attribution_resolved_f1"]!.GetValue<double>(), 1e-9);
            JsonNode entity = reference["entity"]!;
            ours.EntityP.Should().BeApproximately(entity["p"]!.GetValue<double>(), 1e-9);
            ours.EntityR.Should().BeApproximately(entity["r"]!.GetValue<double>(), 1e-9);
            ours.EntityF1.Should().BeApproximately(entity["f1"]!.GetValue<double>(), 1e-9);
            foreach ((string label, double f1) in ours.EntityPerLabel)
            {
                f1.Should().BeApproximately(entity["per_label"]![label]!.GetValue<double>(), 1e-9, label);
            }

            foreach (DocScore doc in ours.Docs)
            {
                JsonNode theirs = reference["docs"]![doc.Id]!;
                doc.ClaimsMatched.Should().Be(theirs["claims_matched"]!.GetValue<int>(), doc.Id);
                $"{doc.SpeakerOk}/{doc.SpeakerN}".Should().Be(theirs["speaker_ok"]!.GetValue<string>(), doc.Id);
                doc.EndToEndCorrect.Should().Be(theirs["e2e_correct"]!.GetValue<int>(), doc.Id);
            }
        }
        finally
        {
            Directory.Delete(pred, recursive: true);
        }
    }

    [Fact]
    public void The_scorer_folds_case_and_diacritics_like_the_reference()
    {
        ClaimScorer.Fold("  Andreï   ERMAK ").Should().Be("andrei ermak");
        ClaimScorer.Fold("l’Etat").Should().Be("l'etat");
    }

    private static JsonNode? RunPython(string script, string gold, string pred)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(pred);
        start.ArgumentList.Add("--json");
        try
        {
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? JsonNode.Parse(output) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
