;; The left operand is spilled by a call and read back.

(module
  (func $g (result f32) (f32.const 2))
  (func (export "f") (param $a f32) (param $b f32) (result f32)
    (f32.add (f32.mul (local.get $a) (local.get $b)) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000002B
;;     1e: mov     r11d,0x40000000
;;     24: movd    xmm0,r11d
;;     29: leave
;;     2a: ret
;;     2b: cmp     dword ptr [r11+0x14],0
;;     34: jne     0x000000000000004A
;;     3a: cmp     rax,[r11+0x38]
;;     3f: jb      0x0000000000000064
;;     45: jmp     0x000000000000001E
;;     4a: mov     r11,[r14]
;;     4f: mov     qword ptr [r11+0x18],0x25
;;     58: mov     eax,0xA
;;     5e: mov     rsp,[r11+8]
;;     63: ret
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x25
;;     72: mov     eax,9
;;     78: mov     rsp,[r11+8]
;;     7d: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000063
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: mulss   xmm1,xmm0
;;     31: lea     rsp,[rsp-8]
;;     36: movsd   [rsp],xmm1
;;     3d: lea     rsp,[rsp-8]
;;     42: call    0xFFFFFFFFFFFFFF80
;;     47: lea     rsp,[rsp+8]
;;     4c: movsd   xmm1,[rbp-0x10]
;;     53: lea     rsp,[rsp+8]
;;     58: addss   xmm1,xmm0
;;     5d: movaps  xmm0,xmm1
;;     61: leave
;;     62: ret
;;     63: cmp     dword ptr [r11+0x14],0
;;     6c: jne     0x0000000000000082
;;     72: cmp     rax,[r11+0x38]
;;     77: jb      0x000000000000009C
;;     7d: jmp     0x000000000000001E
;;     82: mov     r11,[r14]
;;     87: mov     qword ptr [r11+0x18],0x2D
;;     90: mov     eax,0xA
;;     96: mov     rsp,[r11+8]
;;     9b: ret
;;     9c: mov     r11,[r14]
;;     a1: mov     qword ptr [r11+0x18],0x2D
;;     aa: mov     eax,9
;;     b0: mov     rsp,[r11+8]
;;     b5: ret
