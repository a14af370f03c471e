;; A comparison feeding `br_if` jumps on the flags, with no 0/1 value.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i32)
    (block $b (br_if $b (i64.lt_u (local.get $a) (local.get $b))) (return (i32.const 1)))
    (i32.const 2)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000043
;;     1e: mov     rax,[rbp+0x18]
;;     23: cmp     rax,[rbp+0x10]
;;     28: jb      0x0000000000000039
;;     2e: mov     eax,1
;;     34: jmp     0x000000000000003F
;;     39: mov     eax,2
;;     3f: leave
;;     40: ret     0x10
;;     43: cmp     dword ptr [r11+0x14],0
;;     4c: jne     0x0000000000000062
;;     52: cmp     rax,[r11+0x38]
;;     57: jb      0x000000000000007C
;;     5d: jmp     0x000000000000001E
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x20
;;     70: mov     eax,0xA
;;     76: mov     rsp,[r11+8]
;;     7b: ret
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x20
;;     8a: mov     eax,9
;;     90: mov     rsp,[r11+8]
;;     95: ret
