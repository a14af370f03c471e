;; A call returning five values of mixed types.
;; Finding: the callee spills its v128 result to the stack and copies it to the result
;; slot through `xmm15`; the caller frees the four dropped results with four separate
;; `lea rsp` adjustments.

(module
  (func $g (result i32 i64 f32 f64 v128) (i32.const 1) (i64.const 2) (f32.const 3) (f64.const 4) (v128.const i32x4 5 6 7 8))
  (func (export "f") (result i32)
    (call $g)
    (drop) (drop) (drop) (drop)))

;; function 0, sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000084
;;     1e: mov     r11,0x600000005
;;     28: movq    xmm0,r11
;;     2d: mov     r11,0x800000007
;;     37: pinsrq  xmm0,r11,1
;;     3e: lea     rsp,[rsp-0x10]
;;     43: movdqu  [rsp],xmm0
;;     4a: movdqu  xmm15,[rbp-0x18]
;;     51: movdqu  [rbp+0x10],xmm15
;;     58: mov     qword ptr [rbp+0x38],1
;;     61: mov     qword ptr [rbp+0x30],2
;;     6a: mov     qword ptr [rbp+0x28],0x40400000
;;     73: mov     r11,0x4010000000000000
;;     7d: mov     [rbp+0x20],r11
;;     82: leave
;;     83: ret
;;     84: cmp     dword ptr [r11+0x14],0
;;     8d: jne     0x00000000000000A3
;;     93: cmp     rax,[r11+0x38]
;;     98: jb      0x00000000000000BD
;;     9e: jmp     0x000000000000001E
;;     a3: mov     r11,[r14]
;;     a8: mov     qword ptr [r11+0x18],0x27
;;     b1: mov     eax,0xA
;;     b7: mov     rsp,[r11+8]
;;     bc: ret
;;     bd: mov     r11,[r14]
;;     c2: mov     qword ptr [r11+0x18],0x27
;;     cb: mov     eax,9
;;     d1: mov     rsp,[r11+8]
;;     d6: ret

;; function 0, avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000083
;;     1e: mov     r11,0x600000005
;;     28: vmovq   xmm0,r11
;;     2d: mov     r11,0x800000007
;;     37: vpinsrq xmm0,xmm0,r11,1
;;     3d: lea     rsp,[rsp-0x10]
;;     42: vmovdqu [rsp],xmm0
;;     49: vmovdqu xmm15,[rbp-0x18]
;;     50: vmovdqu [rbp+0x10],xmm15
;;     57: mov     qword ptr [rbp+0x38],1
;;     60: mov     qword ptr [rbp+0x30],2
;;     69: mov     qword ptr [rbp+0x28],0x40400000
;;     72: mov     r11,0x4010000000000000
;;     7c: mov     [rbp+0x20],r11
;;     81: leave
;;     82: ret
;;     83: cmp     dword ptr [r11+0x14],0
;;     8c: jne     0x00000000000000A2
;;     92: cmp     rax,[r11+0x38]
;;     97: jb      0x00000000000000BC
;;     9d: jmp     0x000000000000001E
;;     a2: mov     r11,[r14]
;;     a7: mov     qword ptr [r11+0x18],0x27
;;     b0: mov     eax,0xA
;;     b6: mov     rsp,[r11+8]
;;     bb: ret
;;     bc: mov     r11,[r14]
;;     c1: mov     qword ptr [r11+0x18],0x27
;;     ca: mov     eax,9
;;     d0: mov     rsp,[r11+8]
;;     d5: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x78]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004A
;;     1e: lea     rsp,[rsp-0x30]
;;     23: call    0xFFFFFFFFFFFFFF20
;;     28: mov     r14,[rbp-8]
;;     2d: lea     rsp,[rsp+0x10]
;;     32: lea     rsp,[rsp+8]
;;     37: lea     rsp,[rsp+8]
;;     3c: lea     rsp,[rsp+8]
;;     41: mov     eax,[rbp-0x10]
;;     46: leave
;;     47: ret     8
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x4E
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x4E
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret
