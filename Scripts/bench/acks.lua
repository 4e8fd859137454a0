-- wrk: POST /api/v1/acks, each request acknowledging the next of the member's items (ITEMS,
-- comma-separated, from the environment), round and round.
local items = {}
for item in string.gmatch(os.getenv("ITEMS") or "", "[^,]+") do items[#items + 1] = item end
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
request = function()
    counter = counter + 1
    local item = items[(counter % #items) + 1]
    return wrk.format(nil, "/api/v1/acks", nil, '{"items":["' .. item .. '"]}')
end
