;; A call with more arguments than there are argument registers, of every type.

(module
  (func $g (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 i32 i64) (result i64) (local.get 11))
  (func (export "f") (param $a i32) (param $b i64) (param $c f32) (param $d f64) (result i64)
    (call $g (local.get $a) (local.get $b) (local.get $c) (local.get $d) (i32.const 1) (i64.const 2)
      (f32.const 3) (f64.const 4) (local.get $a) (local.get $b) (i32.const -1) (i64.const 0x1_0000_0000))))

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
;;     4b: mov     qword ptr [r11+0x18],0x33
;;     54: mov     eax,0xA
;;     5a: mov     rsp,[r11+8]
;;     5f: ret
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x33
;;     6e: mov     eax,9
;;     74: mov     rsp,[r11+8]
;;     79: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0xA8]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006D
;;     1e: push    qword ptr [rbp+0x28]
;;     23: push    qword ptr [rbp+0x20]
;;     28: push    qword ptr [rbp+0x18]
;;     2d: push    qword ptr [rbp+0x10]
;;     32: push    1
;;     34: push    2
;;     36: push    0x40400000
;;     3b: mov     r11,0x4010000000000000
;;     45: push    r11
;;     47: push    qword ptr [rbp+0x28]
;;     4c: push    qword ptr [rbp+0x20]
;;     51: push    0xFFFFFFFFFFFFFFFF
;;     53: mov     r11,0x100000000
;;     5d: push    r11
;;     5f: call    0xFFFFFFFFFFFFFF80
;;     64: mov     r14,[rbp-8]
;;     69: leave
;;     6a: ret     0x20
;;     6d: cmp     dword ptr [r11+0x14],0
;;     76: jne     0x000000000000008C
;;     7c: cmp     rax,[r11+0x38]
;;     81: jb      0x00000000000000A6
;;     87: jmp     0x000000000000001E
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x38
;;     9a: mov     eax,0xA
;;     a0: mov     rsp,[r11+8]
;;     a5: ret
;;     a6: mov     r11,[r14]
;;     ab: mov     qword ptr [r11+0x18],0x38
;;     b4: mov     eax,9
;;     ba: mov     rsp,[r11+8]
;;     bf: ret
