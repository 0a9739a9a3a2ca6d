// Baseline: the floor set by the framework — a bare Express 5 app echoing a JSON body.
import express from "express";

const app = express();
app.use(express.json({ limit: "4mb" }));
app.post("/echo", (req, res) => res.json(req.body));
const server = app.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
