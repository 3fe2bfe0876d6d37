-- Real-editor check for Neovim 0.7+ (run by test/editors/neovim.test.ts):
--   nvim --headless -u NONE -i NONE post.md -c 'luafile neovim-check.lua'
-- Environment: DECORUM_SERVER (absolute path of dist/server.js), DECORUM_RESULT (JSON file to
-- write), DECORUM_SECOND (a second copy of the post, for the command path), DECORUM_DISCLAIMER.
-- Exits 0 on success, `cquit 1` on failure; the JSON says which step failed and why.
-- Never records document text: only rule ids, action titles, counts and booleans.

local result = { ok = false, steps = {} }
local server = assert(vim.env.DECORUM_SERVER, "DECORUM_SERVER not set")
local out = assert(vim.env.DECORUM_RESULT, "DECORUM_RESULT not set")
local second = assert(vim.env.DECORUM_SECOND, "DECORUM_SECOND not set")
local disclaimer = assert(vim.env.DECORUM_DISCLAIMER, "DECORUM_DISCLAIMER not set")
local started = vim.loop.hrtime()
local client_id

local function step(name) result.steps[#result.steps + 1] = { name = name, ms = math.floor((vim.loop.hrtime() - started) / 1e6) } end

local function finish(ok, reason)
  result.ok = ok
  result.reason = reason
  result.ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  local f = io.open(out, "w")
  if f then f:write(vim.fn.json_encode(result)); f:close() end
  if client_id then pcall(vim.lsp.stop_client, client_id, true) end
  if ok then vim.cmd("qall!") else vim.cmd("cquit 1") end
end

local function fail(msg) error({ decorum = msg }, 0) end

local function decorum_diags(bufnr, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.source == "decorum" and (code == nil or d.code == code) then found[#found + 1] = d end
  end
  return found
end

local function codes(bufnr)
  local c = {}
  for _, d in ipairs(decorum_diags(bufnr)) do c[#c + 1] = d.code end
  table.sort(c)
  return c
end

local function wait_for(what, ms, pred)
  local done = vim.wait(ms, function() return result.server_exit ~= nil or pred() end, 20)
  if result.server_exit then
    fail("the server exited (code " .. tostring(result.server_exit.code) .. ") while waiting for " .. what)
  end
  if not done then fail("timed out after " .. ms .. " ms waiting for " .. what) end
end

local function ends_with_disclaimer(bufnr)
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), "\n")
  text = text:gsub("%s+$", "")
  return text:sub(-#disclaimer) == disclaimer
end

local function attach_and_wait(bufnr, label)
  vim.lsp.buf_attach_client(bufnr, client_id)
  wait_for("the affiliation.disclaimer diagnostic on " .. label, 15000, function()
    return #decorum_diags(bufnr, "affiliation.disclaimer") > 0
  end)
end

local function main()
  local buf1 = vim.api.nvim_get_current_buf()
  if vim.api.nvim_buf_line_count(buf1) < 2 then fail("the post did not load into the buffer") end
  vim.bo[buf1].filetype = "markdown"
  if ends_with_disclaimer(buf1) then fail("the post already ends with the disclaimer") end

  client_id = vim.lsp.start_client({
    name = "decorum",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf1), ":p:h"),
    on_exit = function(code, signal)
      result.server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then fail("vim.lsp.start_client returned nil") end
  attach_and_wait(buf1, "the first buffer")
  local client = vim.lsp.get_client_by_id(client_id)
  result.offset_encoding = client.offset_encoding
  result.codes_before = codes(buf1)
  step("diagnostics")

  -- 1. quick-fix: textDocument/codeAction for the disclaimer diagnostic, apply its WorkspaceEdit
  local d = decorum_diags(buf1, "affiliation.disclaimer")[1]
  local line_diags = {}
  for _, ld in ipairs(vim.lsp.diagnostic.get_line_diagnostics(buf1, d.lnum, nil, client_id)) do
    if ld.code == "affiliation.disclaimer" then line_diags[#line_diags + 1] = ld end
  end
  if #line_diags == 0 then fail("get_line_diagnostics lost the disclaimer diagnostic") end
  result.data_version = line_diags[1].data and line_diags[1].data.version
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf1),
    range = { start = { line = d.lnum, character = d.col }, ["end"] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = line_diags, only = { "quickfix" } },
  }
  local responses, err = vim.lsp.buf_request_sync(buf1, "textDocument/codeAction", params, 5000)
  if not responses or not responses[client_id] then fail("no codeAction response: " .. tostring(err)) end
  if responses[client_id].error then fail("codeAction error: " .. vim.inspect(responses[client_id].error)) end
  local actions = responses[client_id].result or {}
  result.actions = {}
  local quickfix
  for _, a in ipairs(actions) do
    result.actions[#result.actions + 1] = a.title
    if a.edit and a.isPreferred and not quickfix then quickfix = a end
  end
  if not quickfix then fail("no preferred quick-fix with an edit among " .. #actions .. " actions") end
  result.quickfix_title = quickfix.title
  vim.lsp.util.apply_workspace_edit(quickfix.edit, client.offset_encoding)
  result.quickfix_applied = ends_with_disclaimer(buf1)
  if not result.quickfix_applied then fail("after the quick-fix the buffer does not end with the disclaimer") end
  wait_for("the disclaimer diagnostic to clear after the quick-fix", 10000, function()
    return #decorum_diags(buf1, "affiliation.disclaimer") == 0
  end)
  result.codes_after_quickfix = codes(buf1)
  step("quickfix")

  -- 2. command path on a second buffer: workspace/executeCommand -> server sends workspace/applyEdit,
  --    which Neovim's default handler applies
  vim.cmd("edit " .. vim.fn.fnameescape(second))
  local buf2 = vim.api.nvim_get_current_buf()
  if buf2 == buf1 then fail("the second file opened in the first buffer") end
  vim.bo[buf2].filetype = "markdown"
  attach_and_wait(buf2, "the second buffer")
  local cmd = { command = "decorum.insertDisclaimer", arguments = { vim.uri_from_bufnr(buf2) } }
  local resp, cerr = client.request_sync("workspace/executeCommand", cmd, 5000, buf2)
  if not resp then fail("executeCommand got no response: " .. tostring(cerr)) end
  if resp.err then fail("executeCommand error: " .. vim.inspect(resp.err)) end
  result.command_result = resp.result
  if not (resp.result and resp.result.applied) then fail("the server says the command was not applied") end
  result.command_applied = ends_with_disclaimer(buf2)
  if not result.command_applied then fail("after decorum.insertDisclaimer the buffer does not end with the disclaimer") end
  wait_for("the disclaimer diagnostic to clear after the command", 10000, function()
    return #decorum_diags(buf2, "affiliation.disclaimer") == 0
  end)
  result.codes_after_command = codes(buf2)
  step("command")

  -- 3. the command again: nothing left to insert
  local again = client.request_sync("workspace/executeCommand", cmd, 5000, buf2)
  result.command_again = again and again.result
  step("command-again")
end

local ok, e = xpcall(main, function(err)
  if type(err) == "table" and err.decorum then return err.decorum end
  return debug.traceback(tostring(err), 2)
end)
finish(ok, not ok and e or nil)
