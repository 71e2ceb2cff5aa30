-- Drives Neovim (0.7 or later) with the README's configuration already loaded as init.lua:
-- waits for the diagnostics of the open engagement, reads its code lenses, asks for hover,
-- completion and code actions, accepts a clause through Vim's own insert completion, writes the file and quits.
-- What it saw goes to $NVIM_TEST_RESULT as JSON; test/neovim/neovim.test.ts checks it.
local version = vim.version()
local result = { steps = {}, version = { major = version.major, minor = version.minor } }
local HANG_LIMIT = tonumber(os.getenv('NVIM_TEST_HANG_LIMIT_MS') or '60000')

local function finish(failure)
  result.failure = failure
  local file = io.open(os.getenv('NVIM_TEST_RESULT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd(failure and 'cquit 1' or 'qall!')
end

local function step(name, fn)
  local ok, err = pcall(fn)
  table.insert(result.steps, name)
  if not ok then finish(name .. ': ' .. tostring(err)) end
end

local function wait_for(what, condition)
  if not vim.wait(HANG_LIMIT, condition, 50) then error('gave up waiting for ' .. what) end
end

local function line_of(text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    if line:find(text, 1, true) then return i - 1, line end
  end
  error(text .. ' is not in the buffer')
end

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(0, method, params, HANG_LIMIT)
  for _, response in pairs(responses or {}) do
    if response.error then error(method .. ': ' .. vim.inspect(response.error)) end
    if response.result then return response.result end
  end
  error(method .. ' got no answer')
end

local function client()
  return vim.lsp.get_active_clients()[1]
end

step('attach', function()
  wait_for('the client to attach', function() return client() ~= nil end)
  local capabilities = client().config.capabilities or vim.lsp.protocol.make_client_capabilities()
  result.snippetSupport = capabilities.textDocument.completion.completionItem.snippetSupport
end)

step('diagnostics', function()
  wait_for('diagnostics', function() return #vim.diagnostic.get(0) > 0 end)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, severity = d.severity,
      code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code,
      message = d.message })
  end
end)

step('code lenses', function()
  vim.lsp.codelens.refresh()
  wait_for('code lenses', function() return #vim.lsp.codelens.get(0) > 0 end)
  result.codeLenses = {}
  for _, lens in ipairs(vim.lsp.codelens.get(0)) do
    table.insert(result.codeLenses, { line = lens.range.start.line,
      title = lens.command and lens.command.title })
  end
end)

local uri = vim.uri_from_bufnr(0)

step('hover', function()
  local row, line = line_of('tenancy:')
  local hover = request('textDocument/hover', {
    textDocument = { uri = uri }, position = { line = row, character = 2 } })
  result.hover = vim.fn.json_encode(hover.contents)
end)

step('code action', function()
  local row = line_of('model: multitenant')
  -- the line's diagnostics in LSP form, as vim.lsp.buf.code_action() of Neovim 0.7 sends them
  local diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, row)
  local actions = request('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = row, character = 0 }, ['end'] = { line = row, character = 20 } },
    context = { diagnostics = diagnostics },
  })
  result.codeActions = {}
  for _, action in ipairs(actions) do table.insert(result.codeActions, action.title) end
end)

-- A new, indented line under contract:, where the contract term clause belongs.
local clause_row
step('completion', function()
  local row = line_of('signedOn:')
  vim.api.nvim_buf_set_lines(0, row + 1, row + 1, false, { '  ' })
  clause_row = row + 1
  local list = request('textDocument/completion', {
    textDocument = { uri = uri }, position = { line = clause_row, character = 2 } })
  local items = list.items or list
  result.completionLabels = {}
  for _, item in ipairs(items) do
    table.insert(result.completionLabels, item.label)
    if item.label == 'Contract term (clause)' then result.clause = item end
  end
  if not result.clause then error('no contract term clause among the items') end
  -- what Neovim's omnifunc offers for the items, as Vim completion entries
  local entries = vim.lsp.util.text_document_completion_list_to_complete_items(items, '')
  for _, entry in ipairs(entries) do
    if entry.abbr == result.clause.label or entry.word:find('^term:') then
      _G.clause_entry = entry
    end
  end
  if not _G.clause_entry then error('the clause is not among the completion entries') end
end)

step('accept clause', function()
  vim.api.nvim_win_set_cursor(0, { clause_row + 1, 2 })
  vim.o.completeopt = 'menuone'
  vim.keymap.set('i', '<F9>', function()
    vim.fn.complete(vim.fn.col('.'), { _G.clause_entry })
  end)
  local keys = vim.api.nvim_replace_termcodes('A<F9><C-y><Esc>', true, false, true)
  vim.api.nvim_feedkeys(keys, 'mx', false)
  vim.cmd('write')
  result.written = true
end)

finish(nil)
