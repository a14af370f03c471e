(module
  (global $g (mut i32) (i32.const -1))
  (func (export "f") (param f32)
    (local i32 i32 i32 i32 i32 i32)
    loop (result i32)
      global.get $g
    end
    i32.const 1
    local.get 3
    local.get 3
    i32.eqz
    select
    i32.div_s
    unreachable))