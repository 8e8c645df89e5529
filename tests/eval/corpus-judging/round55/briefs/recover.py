"""usage: python3 recover.py SET ID TEXTFILE

Rebuilds /work/restricted-eval/reliabilitySET/docs/ID.md from the page's recorded front matter
(/work/recover/relSET.jsonl) and the excerpt in TEXTFILE (exactly as the `pages` search returned it),
and keeps it only when its sha256 matches the recorded one. Prints OK or MISMATCH."""
import hashlib, json, os, sys

s, i, tf = sys.argv[1:4]
rows = {json.loads(l)["id"]: json.loads(l) for l in open(f"/work/recover/rel{s}.jsonl", encoding="utf-8")}
r = rows[i]
text = open(tf, encoding="utf-8", newline="").read()

def q(v):
    return '"' + v.replace('"', "'") + '"'

def build(t):
    return (f"---\ntitle: {q(r['title'])}\nurl: {r['url']}\nsource: {q(r['source'])}\n---\n"
            + t.rstrip("\n") + "\n")

tries = [text, text.replace("\r\n", "\n"), text.strip(), text.lstrip("\n")]
for t in tries:
    data = build(t).encode("utf-8")
    if hashlib.sha256(data).hexdigest() == r["sha256"]:
        d = f"/work/restricted-eval/reliability{s}/docs"
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, i + ".md"), "wb") as f:
            f.write(data)
        print("OK", i, len(data))
        sys.exit(0)
print("MISMATCH", i, "chars", len(text), "- re-check the excerpt character for character (spaces, quotes, dashes, line breaks)")
sys.exit(1)
