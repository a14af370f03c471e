;; `return_call` with more arguments than the caller received: the callee's area
;; reaches down over the caller's frame (the return address and frame pointer move
;; down with the arguments), moved as one block by a copy loop.

(module
  (func $g (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 i32 i64) (result i64) (local.get 11))
  (func (export "f") (param $a i32) (result i64)
    (return_call $g (local.get $a) (i64.const 2) (f32.const 3) (f64.const 4) (i32.const 1)
      (i64.const 2) (f32.const 3) (f64.const 4) (local.get $a) (i64.const 5) (i32.const -1)
      (i64.const 0x1_0000_0000))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000027
;;     1e: mov     rax,[rbp+0x10]
;;     23: leave
;;     24: ret     0x60
;;     27: cmp     dword ptr [r11+0x14],0
;;     30: jne     0x0000000000000046
;;     36: cmp     rax,[r11+0x38]
;;     3b: jb      0x0000000000000060
;;     41: jmp     0x000000000000001E
;;     46: mov     r11,[r14]
;;     4b: mov     qword ptr [r11+0x18],0x30
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x30
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0xB8]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000098
;;     1e: push    qword ptr [rbp+0x10]
;;     23: push    2
;;     25: push    0x40400000
;;     2a: mov     r11,0x4010000000000000
;;     34: push    r11
;;     36: push    1
;;     38: push    2
;;     3a: push    0x40400000
;;     3f: mov     r11,0x4010000000000000
;;     49: push    r11
;;     4b: push    qword ptr [rbp+0x10]
;;     50: push    5
;;     52: push    0xFFFFFFFFFFFFFFFF
;;     54: mov     r11,0x100000000
;;     5e: push    r11
;;     60: push    qword ptr [rbp+8]
;;     65: push    qword ptr [rbp]
;;     6a: mov     eax,0xE
;;     70: mov     r11,[rbp+rax*8-0x80]
;;     78: mov     [rbp+rax*8-0x60],r11
;;     80: sub     eax,1
;;     84: jne     0x0000000000000070
;;     8a: lea     rsp,[rbp-0x58]
;;     8e: pop     rbp
;;     8f: jmp     0xFFFFFFFFFFFFFF80
;;     94: leave
;;     95: ret     8
;;     98: cmp     dword ptr [r11+0x14],0
;;     a1: jne     0x00000000000000B7
;;     a7: cmp     rax,[r11+0x38]
;;     ac: jb      0x00000000000000D1
;;     b2: jmp     0x000000000000001E
;;     b7: mov     r11,[r14]
;;     bc: mov     qword ptr [r11+0x18],0x35
;;     c5: mov     eax,0xA
;;     cb: mov     rsp,[r11+8]
;;     d0: ret
;;     d1: mov     r11,[r14]
;;     d6: mov     qword ptr [r11+0x18],0x35
;;     df: mov     eax,9
;;     e5: mov     rsp,[r11+8]
;;     ea: ret
